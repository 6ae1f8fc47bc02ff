import { z } from "zod";
import { checkEndpointUrl } from "@/lib/integrations/core/public-endpoint";
import { endpointPolicyFromEnv } from "@/lib/integrations/s3/transport";

/** Message keys of the "validation" catalogue, shown beside the endpoint field. */
const ENDPOINT_MESSAGES = {
  invalid: "endpointInvalid",
  not_https: "endpointNotHttps",
  internal: "endpointInternal",
} as const;

/**
 * An S3-compatible bucket: Yandex Object Storage, AWS S3, or the sandbox's s3rver.
 * `endpoint` may be left empty to use the platform default (S3_ENDPOINT), or AWS itself.
 */
export const s3CredentialsSchema = z.object({
  endpoint: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      // What the URL alone tells; the live check then judges the addresses the name resolves to.
      const refusal = checkEndpointUrl(value, endpointPolicyFromEnv());
      if (refusal) ctx.addIssue({ code: "custom", message: ENDPOINT_MESSAGES[refusal] });
    })
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
