/**
 * Where to go after login: a path on this site, or null. The check is the browser's own URL
 * parser, not string prefixes, because browsers read more as "another host" than a prefix test
 * sees: they drop tabs and newlines (`/%09/evil.example` arrives as "/\t/evil.example" and is
 * followed as `//evil.example`) and treat `\` as `/` (`/\evil.example`).
 *
 * - A relative value must be a path (`/orders?page=2`); the parser resolves it against a base no
 *   one can own, and anything that lands on another origin (`//evil`, `/\evil`, `javascript:`) is
 *   refused.
 * - Auth.js hands over absolute URLs (`http://127.0.0.1:3000/orders`); one on our own origin
 *   resolves to its path, one on any other origin is refused.
 * - The path itself, decoded once more, must not start another host either (`/%2F%2Fevil`), in
 *   case a proxy or router on the way decodes it.
 */
const PLACEHOLDER_ORIGIN = "http://callback.invalid";

// Control characters (tab, CR, LF and the rest) and backslashes have no place in a path we link to.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;
const LEADS_TO_ANOTHER_HOST = /^\/[/\\]/;
// Auth pages and API routes are never somewhere to land after login.
const NOT_A_DESTINATION = /^\/(login|api)(\/|$)/;

export function safeCallbackPath(value: string | null | undefined, { origin }: { origin?: string } = {}): string | null {
  if (!value || UNSAFE_CHARACTERS.test(value)) return null;
  const absolute = /^https?:\/\//i.test(value);
  if (!absolute && !(value.startsWith("/") && !LEADS_TO_ANOTHER_HOST.test(value))) return null;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  const expectedOrigin = absolute ? originOf(origin) : PLACEHOLDER_ORIGIN;
  if (!expectedOrigin || url.origin !== expectedOrigin) return null;
  const decoded = decodeOnce(url.pathname);
  if (decoded === null || UNSAFE_CHARACTERS.test(decoded) || LEADS_TO_ANOTHER_HOST.test(decoded)) return null;
  if (NOT_A_DESTINATION.test(decoded)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

function decodeOnce(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
