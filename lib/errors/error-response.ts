import "server-only";
import { localizeError } from "@/lib/errors/to-action-failure";

/**
 * A route handler's error answer: `{ error: { code, message } }` with the mapped status
 * (401, 403, 404 for another organisation's ids, 429 with Retry-After, …).
 */
export async function errorResponse(error: unknown): Promise<Response> {
  const safe = await localizeError(error, {}, "route handler failed");
  const headers: Record<string, string> = {};
  if (safe.retryAfterSeconds !== undefined) headers["retry-after"] = String(safe.retryAfterSeconds);
  return Response.json(
    { error: { code: safe.code, message: safe.message, ...(safe.field ? { field: safe.field } : {}) } },
    { status: safe.status, headers },
  );
}
