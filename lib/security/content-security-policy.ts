/**
 * The Content-Security-Policy of every page, following Next.js's nonce pattern: proxy.ts makes
 * a fresh nonce per request and sends this policy both to the browser and, as a request header,
 * to the renderer, which reads the nonce from it and puts it on every script it emits. Scripts
 * then run only with that nonce ('strict-dynamic' lets them load the chunks they import), so an
 * injected <script> or event handler does not run.
 *
 * Styles stay 'unsafe-inline': recharts, sonner and React's style props write inline styles,
 * and a style cannot run script. Uploads go from the browser straight to the organisation's S3
 * endpoint, which is any https host (or the configured S3_ENDPOINT, the sandbox's in dev).
 */
export interface PolicyOptions {
  nonce: string;
  /** `next dev` needs eval for React's debugging stacks; a production build never gets it. */
  development: boolean;
  /** Browsers asking for http:// subresources on an https:// site get them upgraded. */
  https: boolean;
  /** Extra origins the browser may fetch from (the S3 endpoint). */
  connectOrigins?: string[];
}

export function contentSecurityPolicy({ nonce, development, https, connectOrigins = [] }: PolicyOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https:", ...connectOrigins],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${[...new Set(sources)].join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The origin of a configured URL, or nothing when it is unset or not a URL. */
export function originOf(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
}
