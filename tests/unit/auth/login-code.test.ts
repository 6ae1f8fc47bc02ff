import { describe, expect, it } from "vitest";
import {
  generateLoginCode,
  hashLoginCode,
  LOGIN_CODE_MAX_ATTEMPTS,
  LOGIN_CODE_TTL_MS,
  loginCodeExpiry,
  loginCodeMatches,
  loginCodeState,
} from "@/lib/auth/login-code";

const SECRET = "unit-test-secret-unit-test-secret-0001";

describe("login code generation", () => {
  it("always gives 6 digits, leading zeros included, and varies", () => {
    const codes = Array.from({ length: 2000 }, generateLoginCode);
    expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1900);
    // Roughly 10% of uniform codes start with 0; padding must keep them 6 long.
    expect(codes.filter((c) => c.startsWith("0")).length).toBeGreaterThan(100);
  });
});

describe("login code hashing", () => {
  it("stores neither the code nor something that matches another phone or secret", () => {
    const hash = hashLoginCode(SECRET, "+79123456789", "123456");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(hashLoginCode(SECRET, "+79123456789", "123456")).toBe(hash);
    expect(hashLoginCode(SECRET, "+79123456780", "123456")).not.toBe(hash);
    expect(hashLoginCode(`${SECRET}x`, "+79123456789", "123456")).not.toBe(hash);
  });

  it("matches only the right code for the right phone", () => {
    const stored = hashLoginCode(SECRET, "+79123456789", "004211");
    expect(loginCodeMatches(SECRET, "+79123456789", "004211", stored)).toBe(true);
    expect(loginCodeMatches(SECRET, "+79123456789", "004212", stored)).toBe(false);
    expect(loginCodeMatches(SECRET, "+79990000000", "004211", stored)).toBe(false);
    expect(loginCodeMatches(SECRET, "+79123456789", "004211", "not-a-hash")).toBe(false);
  });
});

describe("whether a code can still be tried", () => {
  const now = new Date("2026-03-01T10:00:00Z");
  const fresh = { expiresAt: loginCodeExpiry(now), attempts: 0, consumedAt: null };

  it("lives exactly 10 minutes", () => {
    expect(fresh.expiresAt.getTime() - now.getTime()).toBe(10 * 60_000);
    expect(LOGIN_CODE_TTL_MS).toBe(600_000);
    expect(loginCodeState(fresh, new Date(now.getTime() + 9 * 60_000 + 59_999))).toBe("usable");
    expect(loginCodeState(fresh, new Date(now.getTime() + 10 * 60_000))).toBe("expired");
  });

  it("dies after 3 wrong attempts", () => {
    expect(LOGIN_CODE_MAX_ATTEMPTS).toBe(3);
    expect(loginCodeState({ ...fresh, attempts: 2 }, now)).toBe("usable");
    expect(loginCodeState({ ...fresh, attempts: 3 }, now)).toBe("locked");
  });

  it("is single-use", () => {
    expect(loginCodeState({ ...fresh, consumedAt: now }, now)).toBe("consumed");
  });
});
