import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { assertPublicEndpoint, type EndpointPolicy } from "@/lib/integrations/core/public-endpoint";
import type { S3Credentials } from "@/lib/integrations/s3/credentials";
import { toS3IntegrationError } from "@/lib/integrations/s3/errors";
import { createS3Client, DEFAULT_S3_TIMEOUTS, endpointPolicyFromEnv, withDeadline, type S3Timeouts } from "@/lib/integrations/s3/transport";
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

export { createS3Client, type S3Timeouts } from "@/lib/integrations/s3/transport";

export interface S3StorageOptions {
  /** Defaults to ALLOW_LOCAL_ENDPOINTS. */
  policy?: EndpointPolicy;
  timeouts?: S3Timeouts;
  client?: S3Client;
}

/**
 * The organisation's bucket. A seller-supplied endpoint is checked before every call, not only
 * when the form was saved, so an endpoint stored before the policy existed is refused too.
 */
export function createS3Storage(credentials: S3Credentials, options: S3StorageOptions = {}): S3Storage {
  const Bucket = credentials.bucket;
  const policy = options.policy ?? endpointPolicyFromEnv();
  const timeouts = options.timeouts ?? DEFAULT_S3_TIMEOUTS;
  const client = options.client ?? createS3Client(credentials, { policy, timeouts });
  const endpoint = credentials.endpoint;

  async function run<T>(operation: string, call: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    try {
      if (endpoint) await assertPublicEndpoint(endpoint, { policy, vendor: "s3" });
      return await withDeadline(timeouts.callMs, call);
    } catch (error) {
      throw toS3IntegrationError(error, operation);
    }
  }

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
      const head = await run("HeadObject", (abortSignal) => client.send(new HeadObjectCommand({ Bucket, Key: key }), { abortSignal }));
      return {
        key,
        size: head.ContentLength ?? 0,
        contentType: head.ContentType,
        etag: head.ETag,
        lastModified: head.LastModified,
      };
    },

    async deleteObject(key) {
      await run("DeleteObject", (abortSignal) => client.send(new DeleteObjectCommand({ Bucket, Key: key }), { abortSignal }));
    },

    async headBucket() {
      try {
        await run("HeadBucket", (abortSignal) => client.send(new HeadBucketCommand({ Bucket }), { abortSignal }));
      } catch (error) {
        // HEAD answers carry no body, so a 403 cannot tell a wrong key from a missing permission.
        // A GET of a key that does not exist returns the S3 error code that can.
        if (error instanceof IntegrationError && error.code === "forbidden_scope") {
          const probe = await run("HeadBucket", (abortSignal) =>
            client.send(new GetObjectCommand({ Bucket, Key: `.connection-check/${crypto.randomUUID()}` }), { abortSignal }),
          ).catch((e: IntegrationError) => e);
          if (probe instanceof IntegrationError && probe.code === "auth_failed") throw probe;
        }
        throw error;
      }
    },
  };
}
