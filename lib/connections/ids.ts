import { randomBytes } from "node:crypto";

/**
 * A cuid-like id made before the insert, because the credentials are encrypted with the
 * connection id as AAD and so must know it first. Time prefix keeps ids roughly ordered.
 */
export function createId(): string {
  return `c${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;
}
