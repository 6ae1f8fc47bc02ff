import type { z } from "zod";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { errorFromResponse, explain, httpError, type OperationContext } from "@/lib/integrations/core/http-errors";

export type { OperationContext };

/** The vendor's answer broke the contract (a bad shape, a cut-off or non-JSON body): worth another try. */
export function contractViolation(
  ctx: OperationContext,
  message: string,
  extra: { field?: string; status?: number; cause?: unknown } = {},
) {
  return new IntegrationError({
    code: "contract_violation",
    vendor: ctx.vendor,
    operation: ctx.operation,
    message: `${ctx.vendor} ${ctx.operation}: ${message}`,
    ...extra,
  });
}

/** Validates an already-parsed body; the first failing field is named in `field` and the message. */
export function validateBody<T>(body: unknown, schema: z.ZodType<T>, ctx: OperationContext, status?: number): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join(".") || undefined;
  const where = field ? `field "${field}"` : "response body";
  throw contractViolation(ctx, `${where} does not match the specification: ${issue?.message ?? "invalid"}`, {
    field,
    status,
    cause: parsed.error,
  });
}

/** Reads a response body as JSON and validates it; a cut-off or non-JSON body is a contract violation. */
export async function parseJson<T>(res: Response, schema: z.ZodType<T>, ctx: OperationContext): Promise<T> {
  let text: string;
  try {
    text = await res.text();
  } catch (cause) {
    throw contractViolation(ctx, "response body could not be read (truncated?)", { status: res.status, cause });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    throw contractViolation(ctx, "response body is not valid JSON (truncated?)", { status: res.status, cause });
  }
  return validateBody(body, schema, ctx, res.status);
}

/** Throws the matching IntegrationError for a non-OK response (for plain fetch calls); returns it otherwise. */
export async function expectOk(res: Response, ctx: OperationContext): Promise<Response> {
  if (!res.ok) throw await errorFromResponse(res, ctx);
  return res;
}

export interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * Turns an openapi-fetch call into validated data: `await unwrap(client.GET(...), schema, ctx)`.
 * openapi-fetch parses JSON itself and throws a SyntaxError on a malformed or truncated body;
 * that becomes a contract violation here. Non-OK results (plain fetch underneath) become
 * IntegrationErrors; with createVendorFetch they were already thrown by the fetch.
 */
export async function unwrap<T>(call: Promise<FetchResultLike> | FetchResultLike, schema: z.ZodType<T>, ctx: OperationContext): Promise<T> {
  let result: FetchResultLike;
  try {
    result = await call;
  } catch (error) {
    if (error instanceof SyntaxError) throw contractViolation(ctx, "response body is not valid JSON (truncated?)", { cause: error });
    throw error;
  }
  if (!result.response.ok) throw httpError(result.response.status, result.response.headers, ctx, explain(result.error));
  return validateBody(result.data, schema, ctx, result.response.status);
}
