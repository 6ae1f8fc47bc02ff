import { describe, expect, it } from "vitest";
import { wildberriesCredentialsSchema, maskWildberriesCredentials } from "@/lib/integrations/wildberries/credentials";
import { decodeWildberriesToken, missingCategories, WildberriesTokenError } from "@/lib/integrations/wildberries/token";
import { categoriesFromMask, maskFromCategories } from "@/lib/integrations/wildberries/token-categories";

/** A token shaped like WB's (claims from a real token, values made up). */
function wbToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "ES256", kid: "20250101v1", typ: "JWT" })}.${part(claims)}.${"c2ln".repeat(21)}`;
}

const exp = Math.floor(Date.parse("2026-12-01T00:00:00Z") / 1000);

describe("WB token decoding", () => {
  it("reads expiry, seller and the categories of the scope bitmask", () => {
    // bits 1 content, 2 analytics, 4 marketplace, 5 statistics, 30 read-only
    const s = 2 ** 1 + 2 ** 2 + 2 ** 4 + 2 ** 5 + 2 ** 30;
    const info = decodeWildberriesToken(
      wbToken({ ent: 1, exp, id: "0193a1b2-tok", iid: 1, oid: 123456, s, sid: "5f2d-seller", t: false, uid: 7 }),
    );
    expect(info.expiresAt.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(info.sellerId).toBe("5f2d-seller");
    expect(info.sellerNumericId).toBe(123456);
    expect(info.categories).toEqual(["content", "analytics", "marketplace", "statistics"]);
    expect(info.readOnly).toBe(true);
    expect(info.test).toBe(false);
    expect(missingCategories(info)).toEqual([]);
  });

  it("names what a narrow or sandbox token lacks", () => {
    const info = decodeWildberriesToken(wbToken({ exp, s: 2 ** 1 + 2 ** 6, sid: "x", t: true }));
    expect(info.categories).toEqual(["content", "promotion"]);
    expect(info.test).toBe(true);
    expect(info.readOnly).toBe(false);
    expect(missingCategories(info)).toEqual(["statistics", "analytics", "marketplace"]);
  });

  it("round-trips category masks, including bits above 31", () => {
    const mask = maskFromCategories(["finance", "content", "content"], { readOnly: true });
    expect(mask).toBe(2 ** 13 + 2 ** 1 + 2 ** 30);
    expect(categoriesFromMask(mask)).toEqual(["content", "finance"]);
    expect(categoriesFromMask(2 ** 32 + 2 ** 5)).toEqual(["statistics"]);
  });

  it("accepts a pasted 'Bearer ' prefix", () => {
    expect(decodeWildberriesToken(`Bearer ${wbToken({ exp, s: 2, sid: "a" })}`).sellerId).toBe("a");
  });

  it.each([
    ["0f8fad5b-d9cb-469f-a165-70867728950e", /Ozon Api-Key/],
    ["123456789", /numeric id/],
    ["eyJhbGciOiJFUzI1NiJ9.eyJzIjoxfQ", /truncated token/],
    ["hello world", /spaces/],
    ["", /empty/],
  ])("explains that %j is not a WB token", (value, message) => {
    expect(() => decodeWildberriesToken(value)).toThrow(WildberriesTokenError);
    expect(() => decodeWildberriesToken(value)).toThrow(message);
  });

  it("rejects a JWT without WB's claims, naming them", () => {
    const foreign = wbToken({ sub: "user", exp });
    expect(() => decodeWildberriesToken(foreign)).toThrow(/lacks the WB claims \(sid, s\)/);
  });
});

describe("WB credentials", () => {
  it("accepts a JWT, strips 'Bearer ', and explains a wrong value in Russian", () => {
    const token = wbToken({ exp, s: 2, sid: "a" });
    expect(wildberriesCredentialsSchema.parse({ token: `Bearer ${token}` })).toEqual({ token });
    const wrong = wildberriesCredentialsSchema.safeParse({ token: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0].message).toMatch(/не похоже на токен API Wildberries/);
    expect(wildberriesCredentialsSchema.safeParse({}).error?.issues[0].message).toBe("Вставьте токен API Wildberries");
  });

  it("masks the token down to its last four characters", () => {
    const token = wbToken({ exp, s: 2, sid: "a" });
    expect(maskWildberriesCredentials({ token })).toEqual({ token: `••••${token.slice(-4)}` });
  });
});
