import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { LOGIN_CODE_LENGTH } from "@/lib/validations/auth";

/**
 * One-time login codes: generation, hashing and the rules that decide whether a code can
 * still be tried. Pure functions, so the rules are unit-tested without a database.
 */
export const LOGIN_CODE_TTL_MS = 10 * 60_000;
export const LOGIN_CODE_MAX_ATTEMPTS = 3;
/** The UI's resend timer; the server refuses a new code for the same phone sooner. */
export const LOGIN_CODE_RESEND_AFTER_MS = 60_000;

export function generateLoginCode(): string {
  return String(randomInt(0, 10 ** LOGIN_CODE_LENGTH)).padStart(LOGIN_CODE_LENGTH, "0");
}

/**
 * HMAC-SHA256 keyed by the auth secret and bound to the phone: a leaked table row cannot be
 * brute-forced offline (1e6 codes) without the secret, nor replayed for another phone.
 */
export function hashLoginCode(secret: string, phone: string, code: string): string {
  return createHmac("sha256", secret).update(`login-code:${phone}:${code}`).digest("hex");
}

export function loginCodeMatches(secret: string, phone: string, candidate: string, storedHash: string): boolean {
  const candidateHash = Buffer.from(hashLoginCode(secret, phone, candidate), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === candidateHash.length && timingSafeEqual(candidateHash, stored);
}

export type LoginCodeState = "usable" | "expired" | "locked" | "consumed";

export function loginCodeState(code: { expiresAt: Date; attempts: number; consumedAt: Date | null }, now: Date): LoginCodeState {
  if (code.consumedAt) return "consumed";
  if (code.expiresAt.getTime() <= now.getTime()) return "expired";
  if (code.attempts >= LOGIN_CODE_MAX_ATTEMPTS) return "locked";
  return "usable";
}

export function loginCodeExpiry(now: Date): Date {
  return new Date(now.getTime() + LOGIN_CODE_TTL_MS);
}
