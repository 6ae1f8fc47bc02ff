import { z } from "zod";

/**
 * An S3-compatible bucket: Yandex Object Storage, AWS S3, or the sandbox's s3rver.
 * `endpoint` may be left empty to use the platform default (S3_ENDPOINT), or AWS itself.
 */
export const s3CredentialsSchema = z.object({
  endpoint: z
    .url({ message: "Укажите адрес вида https://storage.yandexcloud.net" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  region: z
    .string()
    .trim()
    .min(1, "Укажите регион, например ru-central1")
    .regex(/^[a-z0-9-]+$/, "Регион — латинские буквы, цифры и дефис, например ru-central1"),
  bucket: z
    .string()
    .trim()
    .min(3, "Имя бакета — от 3 до 63 символов")
    .max(63, "Имя бакета — от 3 до 63 символов")
    .regex(/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, "Имя бакета — строчные латинские буквы, цифры, точки и дефисы"),
  accessKeyId: z.string().trim().min(1, "Укажите идентификатор ключа доступа"),
  secretAccessKey: z.string().trim().min(1, "Укажите секретный ключ"),
  /** Path-style URLs (`endpoint/bucket/key`) are needed by s3rver, MinIO and buckets with dots. */
  forcePathStyle: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]).default(true),
});

export type S3Credentials = z.infer<typeof s3CredentialsSchema>;
export type S3CredentialsInput = z.input<typeof s3CredentialsSchema>;
