/**
 * Client-side rate limit rules, declared per integration from the limits documented in
 * the vendors' specs. The HTTP core keeps one token bucket per (account, group).
 * (Contract file: the CORE implementation lives next to it.)
 */
export interface RateLimitRule {
  /** Method group name, e.g. "statistics", "content", "ozon-default". */
  group: string;
  /** Which requests the rule covers. The first matching rule wins. */
  match: (method: string, pathname: string) => boolean;
  /** Requests allowed per interval. */
  limit: number;
  intervalMs: number;
  /** Requests allowed at once after an idle period (bucket size). Defaults to `limit`. */
  burst?: number;
  /** How many requests a 4xx answer costs (WB counts a 4xx as 10). Defaults to 1. */
  costOf4xx?: number;
}
