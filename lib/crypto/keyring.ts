import "server-only";
import { env } from "@/lib/env";
import { parseKeyRing, type KeyRing } from "@/lib/crypto/credentials";

/**
 * The app's key ring, from CREDENTIALS_ENCRYPTION_KEYS. Production must set it; development and
 * tests fall back to a fixed, publicly known key so the demo runs with no configuration.
 */
export const DEV_ENCRYPTION_KEYS = "dev:ZGV2LW9ubHktZG8tbm90LXVzZS1pbi1wcm9kdWN0aW8=";

let ring: KeyRing | undefined;

export function getKeyRing(): KeyRing {
  if (ring) return ring;
  if (!env.CREDENTIALS_ENCRYPTION_KEYS && env.NODE_ENV === "production") {
    throw new Error("CREDENTIALS_ENCRYPTION_KEYS must be set in production (kid:base64 of 32 random bytes)");
  }
  ring = parseKeyRing(env.CREDENTIALS_ENCRYPTION_KEYS ?? DEV_ENCRYPTION_KEYS);
  return ring;
}
