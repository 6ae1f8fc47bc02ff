import "server-only";
import { getTranslations } from "next-intl/server";
import { describeError } from "@/lib/errors/safe-message";
import { logger } from "@/lib/logger";

/**
 * A route handler's error answer: `{ error: { code, message } }` with the mapped status
 * (401, 403, 404 for another organisation's ids, 429 with Retry-After, …).
 */
export async function errorResponse(error: unknown): Promise<Response> {
  const safe = describeError(error);
  if (safe.unexpected) logger.error({ err: error }, "route handler failed");
  const t = await getTranslations("errors");
  const headers: Record<string, string> = {};
  if (safe.retryAfterSeconds !== undefined) headers["retry-after"] = String(safe.retryAfterSeconds);
  return Response.json(
    { error: { code: safe.code, message: t(safe.key as never, safe.params as never), ...(safe.field ? { field: safe.field } : {}) } },
    { status: safe.status, headers },
  );
}
