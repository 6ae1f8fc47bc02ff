import type { IntegrationErrorCode } from "@/lib/integrations/core/errors";

/**
 * Why a connection could not be created or used. `fieldErrors` are keyed by credential field,
 * ready for a form; `message` is safe to show (it never contains a credential).
 */
export type ConnectionErrorCode = "unknown_provider" | "invalid_credentials" | "check_failed" | "already_connected" | "not_found";

export class ConnectionError extends Error {
  override name = "ConnectionError";
  constructor(
    readonly code: ConnectionErrorCode,
    message: string,
    readonly details: { fieldErrors?: Record<string, string[]>; integrationCode?: IntegrationErrorCode } = {},
  ) {
    super(message);
  }
}
