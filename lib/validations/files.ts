import { z } from "@/lib/validations/zod";
import { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES } from "@/lib/integrations/s3/upload-policy";

/**
 * An upload request, checked in the browser before anything is sent and again on the server
 * before a URL is signed (and S3 enforces the signed policy a third time). Messages are keys
 * of the "files.validation" messages.
 */
export { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES };

export const uploadRequestSchema = z.object({
  filename: z.string().trim().min(1, "filenameRequired").max(200, "filenameTooLong"),
  contentType: z.enum(ALLOWED_UPLOAD_MIME_TYPES, "typeNotAllowed"),
  size: z.coerce.number("sizeRequired").int("sizeRequired").min(1, "fileEmpty").max(MAX_UPLOAD_BYTES, "fileTooLarge"),
});
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

export const fileRefSchema = z.object({ fileId: z.string().min(1).max(64) });
export type FileRef = z.infer<typeof fileRefSchema>;
