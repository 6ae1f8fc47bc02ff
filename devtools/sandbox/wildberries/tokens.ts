import { createHmac, timingSafeEqual } from "node:crypto";
import { decodeWildberriesToken, type WbTokenInfo } from "@/lib/integrations/wildberries/token";
import { maskFromCategories, type WbTokenCategory } from "@/lib/integrations/wildberries/token-categories";
import { uuidFrom } from "@/devtools/sandbox/wildberries/data/hash";

/**
 * Sandbox WB tokens: well-formed JWTs with WB's claims (`sid`, `s` scope mask, `exp`, `t`…)
 * and an ES256-looking header. The "signature" is an HMAC keyed by the sandbox seed, so the
 * sandbox can tell its own tokens from edited or foreign ones without keeping a token list.
 */
export interface IssueTokenOptions {
  seed: number;
  sellerId: string;
  tokenId: string;
  categories: WbTokenCategory[];
  expiresAt: Date;
  issuedAt: Date;
  readOnly?: boolean;
  test?: boolean;
}

const HEADER = Buffer.from(JSON.stringify({ alg: "ES256", kid: "sandbox-1", typ: "JWT" })).toString("base64url");

function signature(seed: number, signingInput: string): string {
  const mac = createHmac("sha512", `wb-sandbox-${seed}`).update(signingInput).digest();
  return mac.subarray(0, 64).toString("base64url");
}

export function issueToken(opts: IssueTokenOptions): string {
  const numericId = Number.parseInt(opts.sellerId.replace(/-/g, "").slice(0, 7), 16);
  const claims = {
    acc: 1,
    ent: 1,
    exp: Math.floor(opts.expiresAt.getTime() / 1000),
    iat: Math.floor(opts.issuedAt.getTime() / 1000),
    id: opts.tokenId,
    iid: 10_000_000 + (numericId % 90_000_000),
    oid: 1_000_000 + (numericId % 9_000_000),
    s: maskFromCategories(opts.categories, { readOnly: opts.readOnly }),
    sid: opts.sellerId,
    t: opts.test ?? false,
    uid: 10_000_000 + (numericId % 90_000_000),
  };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  return `${HEADER}.${payload}.${signature(opts.seed, `${HEADER}.${payload}`)}`;
}

export type TokenCheck = { ok: true; info: WbTokenInfo } | { ok: false; detail: string };

/** Verifies a bearer value the way WB's gateway would: shape, signature, expiry. */
export function verifyToken(seed: number, authorization: string | undefined, nowMs: number): TokenCheck {
  if (!authorization) return { ok: false, detail: "empty Authorization header" };
  const token = authorization.trim().replace(/^Bearer\s+/i, "");
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, detail: "token problem; token is malformed: token contains an invalid number of segments" };
  const expected = Buffer.from(signature(seed, `${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, detail: "token problem; token signature is invalid" };
  }
  let info: WbTokenInfo;
  try {
    info = decodeWildberriesToken(token);
  } catch {
    return { ok: false, detail: "token problem; token is malformed" };
  }
  if (info.expiresAt.getTime() <= nowMs) return { ok: false, detail: "token problem; token is expired" };
  return { ok: true, info };
}

export function tokenIdFor(seed: number, sellerId: string, serial: number): string {
  return uuidFrom(`${seed}:token:${sellerId}:${serial}`);
}
