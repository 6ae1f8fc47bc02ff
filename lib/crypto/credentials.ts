import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * AES-256-GCM envelopes for vendor credentials at rest: `v1.<kid>.<iv>.<tag>.<ciphertext>`
 * (base64url parts). The key id lets keys rotate: the first configured key encrypts, every
 * configured key decrypts, and `needsReencryption` tells a background job what to rewrite.
 * The connection id is bound as additional authenticated data, so a ciphertext copied onto
 * another connection's row fails to decrypt instead of leaking one tenant's token to another.
 */
export interface KeyRing {
  activeKeyId: string;
  keys: Map<string, Buffer>;
}

export class CredentialsCryptoError extends Error {
  override name = "CredentialsCryptoError";
}

const VERSION = "v1";

export function parseKeyRing(spec: string): KeyRing {
  const keys = new Map<string, Buffer>();
  let activeKeyId: string | undefined;
  for (const part of spec
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kid, b64] = part.split(":");
    const key = Buffer.from(b64 ?? "", "base64");
    if (!kid || key.length !== 32) throw new CredentialsCryptoError(`Encryption key "${kid ?? "?"}" must be 32 bytes of base64`);
    if (keys.has(kid)) throw new CredentialsCryptoError(`Encryption key id "${kid}" appears twice`);
    keys.set(kid, key);
    activeKeyId ??= kid;
  }
  if (!activeKeyId) throw new CredentialsCryptoError("No encryption key configured");
  return { activeKeyId, keys };
}

export function encryptCredentials(ring: KeyRing, plaintext: Record<string, unknown>, context: string): string {
  const key = ring.keys.get(ring.activeKeyId)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(JSON.stringify(plaintext), "utf8"), cipher.final()]);
  return [VERSION, ring.activeKeyId, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function decryptCredentials<T = Record<string, unknown>>(ring: KeyRing, envelope: string, context: string): T {
  const [version, kid, iv, tag, body] = envelope.split(".");
  if (version !== VERSION || !kid || !iv || !tag || body === undefined) throw new CredentialsCryptoError("Malformed credentials envelope");
  const key = ring.keys.get(kid);
  if (!key) throw new CredentialsCryptoError(`Credentials were encrypted with key "${kid}", which is not configured`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return JSON.parse(text) as T;
  } catch {
    throw new CredentialsCryptoError(`Credentials failed to decrypt with key "${kid}": wrong key or tampered data`);
  }
}

export function needsReencryption(ring: KeyRing, envelope: string): boolean {
  return envelope.split(".")[1] !== ring.activeKeyId;
}
