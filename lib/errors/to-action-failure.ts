import "server-only";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { validationFailure, type ActionFailure } from "@/lib/errors/action-result";
import { describeError, type SafeError } from "@/lib/errors/safe-message";
import { validationIssueKey } from "@/lib/errors/validation-issues";
import { logger } from "@/lib/logger";

/**
 * The server-side half of the error boundary: describeError (safe-message.ts) decides WHAT a
 * failure is; this file renders it in the reader's language, for server actions here and for
 * route handlers in error-response.ts. Nothing else translates or logs a failure.
 */

/** Namespaces whose keys the shared zod schemas use as messages. */
export type ValidationNamespace = "validation" | "files.validation" | "billing.validation";

/** The safe description of any error plus its message in the reader's language; unexpected ones are logged. */
export async function localizeError(
  error: unknown,
  context: Record<string, string> = {},
  logMessage = "action failed",
): Promise<SafeError & { message: string }> {
  const safe = describeError(error);
  // Only the error's class and code are logged for unexpected errors' context; pino's redaction
  // covers secret-named keys in the serialized error as a second line of defence.
  if (safe.unexpected) logger.error({ err: error, ...context }, logMessage);
  const t = await getTranslations("errors");
  return { ...safe, message: t(safe.key as never, safe.params as never) };
}

/** Any thrown error as an action's failure; a zod error keeps its per-field messages. */
export async function actionFailureFrom(error: unknown, context: Record<string, string> = {}): Promise<ActionFailure> {
  if (error instanceof z.ZodError) return localizedValidationFailure(error);
  const safe = await localizeError(error, context);
  return {
    ok: false,
    fieldErrors: safe.field ? { [safe.field]: [safe.message] } : {},
    formError: safe.field ? undefined : safe.message,
    code: safe.code,
    status: safe.status,
    retryAfterSeconds: safe.retryAfterSeconds,
  };
}

/**
 * A zod failure with each message key translated: from the schema's namespace, else from the
 * shared "validation" one (the generic keys of validation-issues.ts). A message that is no key
 * is shown as it is only when it is the schema's own Russian words (the vendors' credential
 * schemas still word theirs); anything else (zod's English, a developer's text) gets the
 * generic key for what went wrong.
 */
export async function localizedValidationFailure(error: z.ZodError, namespace: ValidationNamespace = "validation"): Promise<ActionFailure> {
  const [own, shared] = await Promise.all([getTranslations(namespace), getTranslations("validation")]);
  const isKey = (message: string) => own.has(message as never) || shared.has(message as never);
  const readable = new z.ZodError(
    error.issues.map((issue) =>
      isKey(issue.message) || CYRILLIC.test(issue.message)
        ? issue
        : { ...issue, message: validationIssueKey(issue as unknown as z.core.$ZodRawIssue) },
    ),
  );
  return validationFailure(readable, (message) => {
    if (own.has(message as never)) return own(message as never);
    return shared.has(message as never) ? shared(message as never) : message;
  });
}

const CYRILLIC = /[а-яё]/i;
