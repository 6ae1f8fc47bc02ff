/**
 * Errors the data and auth layers throw on purpose. Callers branch on `code`, never on the
 * message; the message is for logs and is never shown to a person (see safe-message.ts).
 * Areas with codes of their own (connections, the integration registry) subclass AppError with
 * their code union and say which catalogue key and status each code has; vendor failures keep
 * their own IntegrationError, which carries the vendor's retry time and missing scopes.
 */
export const APP_ERROR_CODES = [
  "unauthenticated", // no session, or the session's user no longer exists
  "not_found", // the thing does not exist, or belongs to another organisation
  "forbidden", // the caller is a member, but their role may not do this
  "no_organization", // signed in, but not a member of any organisation yet
  "rate_limited", // too many requests; see retryAfterSeconds
  "invalid_input", // input failed a rule that zod could not check (e.g. a duplicate)
  "conflict", // the change clashes with current state (e.g. removing the last owner)
  "code_invalid", // wrong SMS code; attempts remain
  "code_expired", // no live SMS code for this phone: expired, used or never sent
  "code_locked", // three wrong attempts: the code is dead
  "account_blocked", // a platform admin blocked this user: sign-in is refused
  "reauth_required", // a sensitive action on a session whose last SMS code is too old (step-up)
  "sms_unavailable", // the SMS provider did not accept the message
  "phone_not_supported", // the number may not receive login SMS: not mobile, premium-rate, or a country outside the allowlist
  "dependency_unavailable", // an outside service (e.g. DaData) did not answer
  "internal",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorOptions {
  /** The form field the error belongs beside, when there is one. */
  field?: string;
  retryAfterSeconds?: number;
  /** Extra values the localized message may interpolate, e.g. `{ attemptsLeft: 2 }`. */
  params?: Record<string, string | number>;
  cause?: unknown;
}

export class AppError<C extends string = AppErrorCode> extends Error {
  override name = "AppError";
  readonly code: C;
  readonly field?: string;
  readonly retryAfterSeconds?: number;
  readonly params?: Record<string, string | number>;

  constructor(code: C, message?: string, options: AppErrorOptions = {}) {
    super(message ?? code, { cause: options.cause });
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.params = options.params;
  }

  /** The key of this error's text in the "errors" catalogue. */
  get messageKey(): string {
    return this.code;
  }

  /** HTTP-equivalent status: a forged organisation id is a 404, not a 403, so ids do not leak. */
  get status(): number {
    return statusOfCode(this.code as string as AppErrorCode);
  }

  /** An error nobody planned for shows the generic text and is logged with its stack. */
  get unexpected(): boolean {
    return this.messageKey === "internal";
  }
}

/** Subclasses narrow to the base type; read a subclass's own codes through its class (instanceof). */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** HTTP status for route handlers; anything that is not an AppError is a 500. */
export function httpStatusFor(error: unknown): number {
  return isAppError(error) ? error.status : 500;
}

function statusOfCode(code: AppErrorCode): number {
  switch (code) {
    case "unauthenticated":
    case "reauth_required":
      return 401;
    case "forbidden":
    case "account_blocked":
      return 403;
    case "not_found":
    case "no_organization":
      return 404;
    case "rate_limited":
      return 429;
    case "invalid_input":
    case "code_invalid":
    case "code_expired":
    case "code_locked":
    case "phone_not_supported":
      return 400;
    case "conflict":
      return 409;
    case "sms_unavailable":
    case "dependency_unavailable":
      return 503;
    default:
      return 500;
  }
}
