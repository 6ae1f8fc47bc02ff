/**
 * Typed errors raised by every vendor client. The UI and the sync engine act on `code`,
 * never on message text; `retryAt` and `field` carry what a person needs to know next.
 */
export const INTEGRATION_ERROR_CODES = [
  "auth_failed", // 401: token revoked, expired or wrong
  "forbidden_scope", // 403: token lacks a category / permission
  "rate_limited", // 429 after retries; see retryAt
  "vendor_unavailable", // 5xx or network failure after retries
  "timeout", // no answer within the timeout, after retries
  "contract_violation", // response does not match the spec (malformed, truncated, wrong shape)
  "bad_request", // 400/409/422: our request was rejected
  "not_found", // 404
  "circuit_open", // too many recent failures for this account; calls short-circuited
] as const;

export type IntegrationErrorCode = (typeof INTEGRATION_ERROR_CODES)[number];

export interface IntegrationErrorOptions {
  code: IntegrationErrorCode;
  vendor: string;
  message: string;
  status?: number;
  /** When the vendor will accept the next request (rate limits, open circuit). */
  retryAt?: Date;
  /** For contract violations: the JSON path of the offending field, e.g. `cards.0.nmID`. */
  field?: string;
  /** For forbidden_scope: the missing token categories / permissions. */
  missingScopes?: string[];
  /** The operation, e.g. `GET /api/v1/supplier/orders`. Never contains credentials. */
  operation?: string;
  cause?: unknown;
}

export class IntegrationError extends Error {
  override name = "IntegrationError";
  readonly code: IntegrationErrorCode;
  readonly vendor: string;
  readonly status?: number;
  readonly retryAt?: Date;
  readonly field?: string;
  readonly missingScopes?: string[];
  readonly operation?: string;

  constructor(opts: IntegrationErrorOptions) {
    super(opts.message, { cause: opts.cause });
    this.code = opts.code;
    this.vendor = opts.vendor;
    this.status = opts.status;
    this.retryAt = opts.retryAt;
    this.field = opts.field;
    this.missingScopes = opts.missingScopes;
    this.operation = opts.operation;
  }

  /** Whether trying the same call later may succeed without a person changing anything. */
  get transient(): boolean {
    return ["rate_limited", "vendor_unavailable", "timeout", "circuit_open"].includes(this.code);
  }
}

export function isIntegrationError(e: unknown): e is IntegrationError {
  return e instanceof IntegrationError;
}
