import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import canonicalize from "canonicalize";

/**
 * Inngest's request signature, as the SDK's serve handler checks it (inngest@4,
 * `RequestSignature` and `signDataWithKey`, which the package does not export):
 * `X-Inngest-Signature: t=<unix seconds>&s=<hex HMAC-SHA256>`, keyed with the signing key
 * minus its `signkey-<env>-` prefix, over the canonical JSON (RFC 8785) of the body followed by
 * the timestamp. An empty body signs as the empty string. Signatures expire after 5 minutes.
 */
const PREFIX = /^signkey-\w+-/;

/** The body as it goes on the wire: canonical JSON, which the SDK re-canonicalises to the same bytes. */
export function canonicalBody(body: unknown): string {
  return body === undefined || body === "" ? "" : (canonicalize(body) ?? "");
}

export function signRequest(wireBody: string, signingKey: string, nowMs = Date.now()): string {
  const ts = Math.round(nowMs / 1000).toString();
  const s = createHmac("sha256", signingKey.replace(PREFIX, "")).update(wireBody).update(ts).digest("hex");
  return `t=${ts}&s=${s}`;
}

/** What the SDK sends as `Authorization: Bearer …` when it registers: the key's prefix, then SHA-256 of its hex bytes. */
export function hashedSigningKey(signingKey: string): string {
  const prefix = PREFIX.exec(signingKey)?.[0] ?? "";
  return `${prefix}${createHash("sha256")
    .update(Buffer.from(signingKey.replace(PREFIX, ""), "hex"))
    .digest("hex")}`;
}

export function isRegistrationAuthorized(authorization: string | undefined, signingKey: string): boolean {
  const expected = Buffer.from(`Bearer ${hashedSigningKey(signingKey)}`);
  const given = Buffer.from(authorization ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
