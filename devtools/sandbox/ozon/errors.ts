import type { z } from "zod";
import type { SandboxResponse } from "@/devtools/sandbox/core/types";

/**
 * Ozon answers errors with its gRPC-gateway body `rpcStatus` `{ code, message, details }`,
 * where `code` is the gRPC status (3 InvalidArgument, 5 NotFound, 7 PermissionDenied,
 * 8 ResourceExhausted, 16 Unauthenticated). Messages are the ones the spec's "Частые ошибки" lists.
 */
export function ozonError(status: number, code: number, message: string, headers?: Record<string, string>): SandboxResponse {
  return { status, headers, body: { code, message, details: [] } };
}

export const invalidArgument = (message: string) => ozonError(400, 3, message);

export const MESSAGES = {
  missingHeaders: "Client-Id and Api-Key headers are required",
  invalidKey: "Invalid Api-Key, please check the key and try again",
  deactivatedKey: "Api-key is deactivated, use another one or generate a new one",
  rateLimit: "You have reached request rate limit per second",
  methodRateLimit: "You have reached request rate limit per minute for this method",
  notAllowed: "method is not allowed",
} as const;

/** A 400 naming the first offending field, the way Ozon's validator reports it. */
export function invalidPayload(error: z.ZodError): SandboxResponse {
  const issue = error.issues[0];
  const field = issue.path.join(".") || "body";
  return invalidArgument(`invalid request payload: ${field}: ${issue.message}`);
}
