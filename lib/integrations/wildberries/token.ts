import { z } from "zod";
import {
  WB_NEEDED_CATEGORIES,
  WB_READ_ONLY_BIT,
  categoriesFromMask,
  hasBit,
  type WbTokenCategory,
} from "@/lib/integrations/wildberries/token-categories";

/**
 * Reads a WB API token without verifying its signature (WB's public key is not published;
 * WB itself is the judge on every call). What we learn is what a person needs on connect:
 * when it expires, which categories it grants, whether it is read-only or a sandbox token.
 */

export type WbTokenProblem = "empty" | "not_jwt" | "bad_payload";

export class WildberriesTokenError extends Error {
  override name = "WildberriesTokenError";
  constructor(
    readonly problem: WbTokenProblem,
    message: string,
  ) {
    super(message);
  }
}

export interface WbTokenInfo {
  /** Seller id: the `sid` claim (a UUID), stable across the seller's tokens. */
  sellerId: string;
  /** Legacy numeric seller id (`oid`), when present. */
  sellerNumericId?: number;
  tokenId?: string;
  expiresAt: Date;
  scopesMask: number;
  categories: WbTokenCategory[];
  readOnly: boolean;
  /** `t: true`: a token for WB's sandbox hosts (`*-sandbox.wildberries.ru`). */
  test: boolean;
}

const claimsSchema = z.object({
  sid: z.string().min(1),
  exp: z.number().int().positive(),
  s: z.number().int().nonnegative(),
  t: z.boolean().optional(),
  id: z.string().optional(),
  oid: z.number().int().optional(),
});

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function looksLikeJwt(value: string): boolean {
  return JWT_SHAPE.test(stripBearer(value));
}

/** People paste "Bearer …" from curl examples; WB wants the bare token. */
export function stripBearer(value: string): string {
  return value.trim().replace(/^Bearer\s+/i, "");
}

function describeNonJwt(value: string): string {
  if (UUID_SHAPE.test(value)) return "this looks like an Ozon Api-Key (a UUID), not a WB API token";
  if (/^\d+$/.test(value)) return "this looks like a numeric id (Client-Id / seller id), not a WB API token";
  if (value.includes(" ")) return "this looks like text with spaces, not a WB API token; copy the whole token";
  if (value.split(".").length === 2) return "this looks like a truncated token (2 of 3 parts); copy the whole token";
  return "this does not look like a WB API token (expected a JWT: three base64url parts separated by dots)";
}

export function decodeWildberriesToken(raw: string): WbTokenInfo {
  const token = stripBearer(raw);
  if (token === "") throw new WildberriesTokenError("empty", "the token is empty");
  if (!JWT_SHAPE.test(token)) throw new WildberriesTokenError("not_jwt", describeNonJwt(token));
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"));
  } catch {
    throw new WildberriesTokenError("not_jwt", "this looks like a JWT whose payload is not JSON, not a WB API token");
  }
  const parsed = claimsSchema.safeParse(claims);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join(".")).join(", ");
    throw new WildberriesTokenError("bad_payload", `this JWT lacks the WB claims (${fields}); it is not a WB API token`);
  }
  const c = parsed.data;
  return {
    sellerId: c.sid,
    sellerNumericId: c.oid,
    tokenId: c.id,
    expiresAt: new Date(c.exp * 1000),
    scopesMask: c.s,
    categories: categoriesFromMask(c.s),
    readOnly: hasBit(c.s, WB_READ_ONLY_BIT),
    test: c.t ?? false,
  };
}

export function missingCategories(
  info: Pick<WbTokenInfo, "categories">,
  needed: readonly WbTokenCategory[] = WB_NEEDED_CATEGORIES,
): WbTokenCategory[] {
  return needed.filter((category) => !info.categories.includes(category));
}
