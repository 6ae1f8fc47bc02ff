import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Who may read /api/health's details. The public answer is only "up" or "down": which
 * component failed, how slow it is and how the executor is deployed help an attacker more than a
 * load balancer. Monitoring sends the HEALTH_TOKEN setting as a bearer token; platform admins
 * are let in by their session (checked by the route).
 */
export function healthTokenMatches(authorization: string | null, expected: string | undefined): boolean {
  if (!expected || !authorization) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) return false;
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  return timingSafeEqual(sha256(match[1]), sha256(expected));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest();

export type PublicHealth = { status: "up" | "down" };

export function publicHealth(up: boolean): PublicHealth {
  return { status: up ? "up" : "down" };
}
