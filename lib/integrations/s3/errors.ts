import { S3ServiceException } from "@aws-sdk/client-s3";
import { IntegrationError, type IntegrationErrorCode } from "@/lib/integrations/core/errors";

/** S3 error codes (and the bare status names HEAD responses carry) mapped to what the product acts on. */
const CODE_BY_NAME: Record<string, IntegrationErrorCode> = {
  InvalidAccessKeyId: "auth_failed",
  SignatureDoesNotMatch: "auth_failed",
  InvalidToken: "auth_failed",
  ExpiredToken: "auth_failed",
  AccessDenied: "forbidden_scope",
  Forbidden: "forbidden_scope",
  NoSuchBucket: "not_found",
  NoSuchKey: "not_found",
  NotFound: "not_found",
  SlowDown: "rate_limited",
  RequestTimeout: "timeout",
};

/**
 * The one description of every failure that got no S3 answer at all: refused, reset, unresolved,
 * TLS, timed out. A seller's endpoint is theirs to choose, so telling these apart would turn the
 * connection check into a port scanner of whatever network the app runs in.
 */
export const S3_UNREACHABLE = "S3 endpoint unreachable";

function codeForStatus(status: number | undefined): IntegrationErrorCode {
  if (status === 401) return "auth_failed";
  if (status === 403) return "forbidden_scope";
  if (status === 404) return "not_found";
  if (status === 429 || status === 503) return "rate_limited";
  if (status !== undefined && status >= 400 && status < 500) return "bad_request";
  return "vendor_unavailable";
}

/** Turns whatever the AWS SDK threw into an IntegrationError; messages never carry keys. */
export function toS3IntegrationError(error: unknown, operation: string): IntegrationError {
  if (error instanceof IntegrationError) return error;
  if (!(error instanceof S3ServiceException)) {
    return new IntegrationError({ code: "vendor_unavailable", vendor: "s3", operation, message: S3_UNREACHABLE, cause: error });
  }
  const status = error.$metadata.httpStatusCode;
  const code = CODE_BY_NAME[error.name] ?? codeForStatus(status);
  return new IntegrationError({
    code,
    vendor: "s3",
    status,
    operation,
    message: `S3 ${operation} failed: ${error.name}${status ? ` (${status})` : ""}`,
    cause: error,
  });
}
