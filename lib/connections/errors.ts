import { AppError } from "@/lib/errors/app-error";
import type { IntegrationErrorCode } from "@/lib/integrations/core/errors";

/**
 * Why a connection could not be created or used: an AppError with the connections' own codes.
 * `fieldErrors` are keyed by credential field, ready for a form. The message is for logs; the
 * person reads the catalogue's "errors.connection_<code>" text.
 */
export const CONNECTION_ERROR_CODES = [
  "unknown_provider",
  "invalid_credentials",
  "check_failed",
  "already_connected",
  "not_found",
] as const;
export type ConnectionErrorCode = (typeof CONNECTION_ERROR_CODES)[number];

/** A missing connection reads like any other missing thing; the rest have their own texts. */
export const connectionMessageKey = (code: ConnectionErrorCode) => (code === "not_found" ? "not_found" : `connection_${code}`);

export class ConnectionError extends AppError<ConnectionErrorCode> {
  override name = "ConnectionError";
  constructor(
    code: ConnectionErrorCode,
    message: string,
    readonly details: { fieldErrors?: Record<string, string[]>; integrationCode?: IntegrationErrorCode } = {},
  ) {
    super(code, message);
  }

  override get messageKey(): string {
    return connectionMessageKey(this.code);
  }

  override get status(): number {
    if (this.code === "not_found") return 404;
    return this.code === "already_connected" ? 409 : 400;
  }
}
