import { registerIntegration } from "@/lib/integrations/registry";
import { maskSecret, runLiveCheck } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";
import { createS3Storage } from "@/lib/integrations/s3/client";
import { s3CredentialsSchema, type S3Credentials } from "@/lib/integrations/s3/credentials";

export { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES } from "@/lib/integrations/s3/upload-policy";

const s3CredentialFields: CredentialField[] = [
  {
    key: "endpoint",
    label: { ru: "Адрес хранилища", en: "Endpoint" },
    secret: false,
    placeholder: "https://storage.yandexcloud.net",
    help: { ru: "Пусто — адрес по умолчанию платформы или AWS", en: "Empty: the platform default, or AWS" },
  },
  { key: "region", label: { ru: "Регион", en: "Region" }, secret: false, placeholder: "ru-central1" },
  { key: "bucket", label: { ru: "Бакет", en: "Bucket" }, secret: false },
  { key: "accessKeyId", label: { ru: "Идентификатор ключа", en: "Access key ID" }, secret: false },
  { key: "secretAccessKey", label: { ru: "Секретный ключ", en: "Secret access key" }, secret: true },
  {
    key: "forcePathStyle",
    label: { ru: "Адреса вида endpoint/bucket", en: "Path-style URLs" },
    secret: false,
    kind: "select",
    options: [
      { value: "true", label: { ru: "Да (Yandex, MinIO)", en: "Yes (Yandex, MinIO)" } },
      { value: "false", label: { ru: "Нет (AWS)", en: "No (AWS)" } },
    ],
  },
];

export const s3Integration = registerIntegration({
  id: "s3",
  name: { ru: "S3-хранилище", en: "S3 storage" },
  description: {
    ru: "Файлы в Yandex Object Storage, AWS S3 или другом S3-совместимом хранилище",
    en: "Files in Yandex Object Storage, AWS S3 or any S3-compatible storage",
  },
  category: "storage",
  icon: "HardDrive",
  credentialsSchema: s3CredentialsSchema,
  credentialFields: s3CredentialFields,
  capabilities: ["storage:files"],
  // S3 allows thousands of requests a second per prefix; the SDK backs off on SlowDown itself.
  rateLimits: [],
  check: (credentials) =>
    runLiveCheck(() => createS3Storage(credentials).headBucket(), {
      auth_failed: { key: "s3.authFailed" },
      forbidden_scope: { key: "s3.forbiddenScope" },
      not_found: { key: "s3.notFound" },
    }),
  maskCredentials: (credentials: S3Credentials) => ({
    ...(credentials.endpoint ? { endpoint: credentials.endpoint } : {}),
    region: credentials.region,
    bucket: credentials.bucket,
    accessKeyId: maskSecret(credentials.accessKeyId),
    secretAccessKey: maskSecret(credentials.secretAccessKey),
  }),
});
