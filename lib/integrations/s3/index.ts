import { registerIntegration } from "@/lib/integrations/registry";
import { maskSecret, runLiveCheck } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";
import { EndpointRefusedError } from "@/lib/integrations/core/public-endpoint";
import { createS3Storage } from "@/lib/integrations/s3/client";
import { s3CredentialsSchema, type S3Credentials } from "@/lib/integrations/s3/credentials";

export { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES } from "@/lib/integrations/s3/upload-policy";

const s3CredentialFields: CredentialField[] = [
  {
    key: "endpoint",
    label: "integrations.fields.s3.endpoint.label",
    secret: false,
    placeholder: "https://storage.yandexcloud.net",
    help: "integrations.fields.s3.endpoint.help",
  },
  { key: "region", label: "integrations.fields.s3.region.label", secret: false, placeholder: "ru-central1" },
  { key: "bucket", label: "integrations.fields.s3.bucket.label", secret: false },
  { key: "accessKeyId", label: "integrations.fields.s3.accessKeyId.label", secret: false },
  { key: "secretAccessKey", label: "integrations.fields.s3.secretAccessKey.label", secret: true },
  {
    key: "forcePathStyle",
    label: "integrations.fields.s3.forcePathStyle.label",
    secret: false,
    kind: "select",
    options: [
      { value: "true", label: "integrations.fields.s3.forcePathStyle.options.true" },
      { value: "false", label: "integrations.fields.s3.forcePathStyle.options.false" },
    ],
  },
];

export const s3Integration = registerIntegration({
  id: "s3",
  name: "integrations.providers.s3.name",
  description: "integrations.providers.s3.description",
  category: "storage",
  icon: "HardDrive",
  credentialsSchema: s3CredentialsSchema,
  credentialFields: s3CredentialFields,
  capabilities: ["storage:files"],
  // S3 allows thousands of requests a second per prefix; the SDK backs off on SlowDown itself.
  rateLimits: [],
  async check(credentials) {
    const result = await runLiveCheck(() => createS3Storage(credentials).headBucket(), {
      auth_failed: { key: "s3.authFailed" },
      forbidden_scope: { key: "s3.forbiddenScope" },
      not_found: { key: "s3.notFound" },
      vendor_unavailable: { key: "s3.unreachable" },
    });
    // A refused endpoint is about the endpoint field, in its own words ("leads into an internal network").
    if (result.error instanceof EndpointRefusedError) {
      return { ...result, field: "endpoint", message: { key: `s3.endpoint.${result.error.reason}` } };
    }
    return result;
  },
  maskCredentials: (credentials: S3Credentials) => ({
    ...(credentials.endpoint ? { endpoint: credentials.endpoint } : {}),
    region: credentials.region,
    bucket: credentials.bucket,
    accessKeyId: maskSecret(credentials.accessKeyId),
    secretAccessKey: maskSecret(credentials.secretAccessKey),
  }),
});
