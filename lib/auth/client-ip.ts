/**
 * The caller's address for per-IP login limits. We take the *last* X-Forwarded-For entry:
 * the one our own reverse proxy (or Next itself, when the header is absent) appended. Entries
 * before it are whatever the client claimed. Per-phone limits do not depend on this.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
