/**
 * The message namespaces client components use. Only these are serialised into every page for
 * the browser; the rest of the catalogue (table headers, CSV columns, admin texts) is rendered
 * on the server. tests/unit/foundation/client-messages.test.ts walks the client import graph and
 * fails when a client component starts using a namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  "auth",
  "billing",
  "connections",
  "files",
  "locale",
  "nav",
  "onboarding",
  "org",
  "overview",
  "security",
  "stepUp",
  "syncs",
  "team",
  "views",
] as const;

export function pickClientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]])) as Partial<M>;
}
