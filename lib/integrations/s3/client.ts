import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { env } from "@/lib/env";
import { IntegrationError } from "@/lib/integrations/core/errors";
import type { S3Credentials } from "@/lib/integrations/s3/credentials";
import { toS3IntegrationError } from "@/lib/integrations/s3/errors";
import { assertUploadAllowed, DOWNLOAD_URL_TTL_SECONDS, UPLOAD_URL_TTL_SECONDS } from "@/lib/integrations/s3/upload-policy";

export interface PresignedUpload {
  /** POST a multipart form here: every field below, then the file as the last field, named `file`. */
  url: string;
  fields: Record<string, string>;
  expiresAt: Date;
}

export interface StoredObject {
  key: string;
  size: number;
  contentType?: string;
  etag?: string;
  lastModified?: Date;
}

export interface S3Storage {
  bucket: string;
  presignUpload(input: { key: string; contentType: string; size: number }): Promise<PresignedUpload>;
  presignDownload(key: string, options?: { expiresInSeconds?: number; fileName?: string }): Promise<string>;
  headObject(key: string): Promise<StoredObject>;
  deleteObject(key: string): Promise<void>;
  headBucket(): Promise<void>;
}

export function createS3Client(credentials: S3Credentials): S3Client {
  return new S3Client({
    endpoint: credentials.endpoint ?? env.S3_ENDPOINT,
    region: credentials.region,
    forcePathStyle: credentials.forcePathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    maxAttempts: 3,
    // The SDK's default CRC32 checksums are rejected by several S3-compatible stores; send them only when required.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
}

async function run<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toS3IntegrationError(error, operation);
  }
}

export function createS3Storage(credentials: S3Credentials, client = createS3Client(credentials)): S3Storage {
  const Bucket = credentials.bucket;
  return {
    bucket: Bucket,

    async presignUpload({ key, contentType, size }) {
      assertUploadAllowed({ key, contentType, size });
      // A POST policy, unlike a presigned PUT, lets S3 itself enforce the size and type limits.
      const post = await run("presign upload", () =>
        createPresignedPost(client, {
          Bucket,
          Key: key,
          Fields: { "Content-Type": contentType },
          Conditions: [
            ["content-length-range", 1, size],
            ["eq", "$Content-Type", contentType],
          ],
          Expires: UPLOAD_URL_TTL_SECONDS,
        }),
      );
      return { ...post, expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000) };
    },

    presignDownload(key, options = {}) {
      const disposition = options.fileName ? `attachment; filename*=UTF-8''${encodeURIComponent(options.fileName)}` : undefined;
      return run("presign download", () =>
        getSignedUrl(client, new GetObjectCommand({ Bucket, Key: key, ResponseContentDisposition: disposition }), {
          expiresIn: options.expiresInSeconds ?? DOWNLOAD_URL_TTL_SECONDS,
        }),
      );
    },

    async headObject(key) {
      const head = await run("HeadObject", () => client.send(new HeadObjectCommand({ Bucket, Key: key })));
      return {
        key,
        size: head.ContentLength ?? 0,
        contentType: head.ContentType,
        etag: head.ETag,
        lastModified: head.LastModified,
      };
    },

    async deleteObject(key) {
      await run("DeleteObject", () => client.send(new DeleteObjectCommand({ Bucket, Key: key })));
    },

    async headBucket() {
      try {
        await run("HeadBucket", () => client.send(new HeadBucketCommand({ Bucket })));
      } catch (error) {
        // HEAD answers carry no body, so a 403 cannot tell a wrong key from a missing permission.
        // A GET of a key that does not exist returns the S3 error code that can.
        if (error instanceof IntegrationError && error.code === "forbidden_scope") {
          const probe = await run("HeadBucket", () =>
            client.send(new GetObjectCommand({ Bucket, Key: `.connection-check/${crypto.randomUUID()}` })),
          ).catch((e: IntegrationError) => e);
          if (probe instanceof IntegrationError && probe.code === "auth_failed") throw probe;
        }
        throw error;
      }
    },
  };
}
