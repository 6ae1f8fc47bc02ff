import { describe, expect, it } from "vitest";
import { healthTokenMatches, publicHealth } from "@/lib/health/health-access";

const TOKEN = "monitoring-token-0123456789";

describe("who reads /api/health's details", () => {
  it("tells anyone only up or down", () => {
    expect(publicHealth(true)).toEqual({ status: "up" });
    expect(publicHealth(false)).toEqual({ status: "down" });
  });

  it("lets monitoring in with the configured bearer token only", () => {
    expect(healthTokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(healthTokenMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
    for (const header of [
      null,
      "",
      TOKEN,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Basic ${TOKEN}`,
      "Bearer ",
      `Bearer ${TOKEN} extra`,
    ]) {
      expect(healthTokenMatches(header, TOKEN), String(header)).toBe(false);
    }
  });

  it("lets nobody in by token when no token is configured", () => {
    expect(healthTokenMatches("Bearer undefined", undefined)).toBe(false);
    expect(healthTokenMatches("Bearer ", "")).toBe(false);
  });
});
