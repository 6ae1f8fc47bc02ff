import { UNTRUSTED_CLIENT_ADDRESS } from "@/lib/auth/client-ip";

/**
 * The caller's address for the session list and the audit log, or null when the deployment
 * cannot know it (no trusted proxy configured): a shared placeholder there would read as a fact.
 */
export function knownAddress(ip: string | null | undefined): string | null {
  return !ip || ip === UNTRUSTED_CLIENT_ADDRESS ? null : ip;
}
