import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { validationFailure, type ActionFailure } from "@/lib/errors/action-result";
import { describeError } from "@/lib/errors/safe-message";
import { logger } from "@/lib/logger";

/**
 * Server-side helpers that localize failures for server actions. Every action's catch block
 * ends in `return actionFailureFrom(error)`; validation goes through `localizedValidationFailure`.
 */
export async function actionFailureFrom(error: unknown, context: Record<string, string> = {}): Promise<ActionFailure> {
  const safe = describeError(error);
  // Only the error's class and code are logged for unexpected errors' context; pino's redaction
  // covers secret-named keys in the serialized error as a second line of defence.
  if (safe.unexpected) logger.error({ err: error, ...context }, "action failed");
  const t = await getTranslations("errors");
  const message = t(safe.key as never, safe.params as never);
  return {
    ok: false,
    fieldErrors: safe.field ? { [safe.field]: [message] } : {},
    formError: safe.field ? undefined : message,
    code: safe.code,
    status: safe.status,
    retryAfterSeconds: safe.retryAfterSeconds,
  };
}

/** A zod failure with each message key translated from the "validation" namespace. */
export async function localizedValidationFailure(error: z.ZodError): Promise<ActionFailure> {
  const t = await getTranslations("validation");
  // Shared schemas written elsewhere may carry literal (Russian) messages; those pass through.
  return validationFailure(error, (message) => (t.has(message as never) ? t(message as never) : message));
}
