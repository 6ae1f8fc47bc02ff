import { z } from "zod";

/**
 * zod for the schemas browsers load too. Under the nonce CSP the browser has no eval, and zod's
 * JIT probe (`new Function("")`) is reported as a CSP violation even though zod catches it.
 * Browsers therefore run zod without the JIT; servers keep it (vendor rows are validated by the
 * hundred thousand during a sync).
 */
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
