import { IntegrationError } from "@/lib/integrations/core/errors";

/** What users may upload: product photos, documents and the spreadsheets sellers live in. */
export const ALLOWED_UPLOAD_MIME_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "application/pdf",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
] as const;
export type AllowedUploadMimeType = (typeof ALLOWED_UPLOAD_MIME_TYPES)[number];

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Presigned URLs and forms stay valid this long: enough to pick a file and upload it. */
export const UPLOAD_URL_TTL_SECONDS = 10 * 60;
export const DOWNLOAD_URL_TTL_SECONDS = 5 * 60;

export function isAllowedUploadType(type: string): type is AllowedUploadMimeType {
  return (ALLOWED_UPLOAD_MIME_TYPES as readonly string[]).includes(type);
}

/**
 * Refuses to sign an upload the bucket would accept but the product must not: the signed
 * policy then repeats the same limits, so a tampered browser cannot exceed them either.
 */
export function assertUploadAllowed(input: { key: string; contentType: string; size: number }): void {
  const fail = (message: string, field: string) => {
    throw new IntegrationError({ code: "bad_request", vendor: "s3", message, field, operation: "presign upload" });
  };
  if (!input.key || input.key.startsWith("/") || input.key.split("/").includes("..") || input.key.length > 1024) {
    fail("object key must be a relative path without '..'", "key");
  }
  if (!isAllowedUploadType(input.contentType)) fail(`file type ${input.contentType} is not allowed`, "contentType");
  if (!Number.isInteger(input.size) || input.size < 1) fail("file size must be a positive number of bytes", "size");
  if (input.size > MAX_UPLOAD_BYTES) fail(`file is larger than ${MAX_UPLOAD_BYTES} bytes`, "size");
}
