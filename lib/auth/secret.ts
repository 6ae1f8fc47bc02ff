import { env } from "@/lib/env";

/**
 * The secret that signs session JWTs and keys login-code HMACs. Production must set
 * AUTH_SECRET; dev and tests share a fixed local value so sessions survive restarts.
 * Resolved lazily, so `next build` does not need the secret.
 */
const LOCAL_DEV_SECRET = "local-dev-auth-secret-not-for-production-use-0001";

export class MissingAuthSecretError extends Error {
  override name = "MissingAuthSecretError";
}

export function authSecret(): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (env.NODE_ENV === "production") throw new MissingAuthSecretError("AUTH_SECRET must be set in production (at least 32 characters)");
  return LOCAL_DEV_SECRET;
}
