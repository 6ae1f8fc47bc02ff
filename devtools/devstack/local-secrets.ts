import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Secrets for a machine-local run of the embedded defaults (`npm run dev`, also with --prod).
 * Generated once per data directory and kept beside it (git-ignored), so sessions and encrypted
 * credentials survive restarts, and no publicly known key ever encrypts anything.
 * Explicit AUTH_SECRET / CREDENTIALS_ENCRYPTION_KEYS in the environment always win.
 */
export interface LocalSecrets {
  AUTH_SECRET: string;
  CREDENTIALS_ENCRYPTION_KEYS: string;
}

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = `${path.resolve(dataDir)}.secrets.json`;
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    CREDENTIALS_ENCRYPTION_KEYS: `local:${randomBytes(32).toString("base64")}`,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
