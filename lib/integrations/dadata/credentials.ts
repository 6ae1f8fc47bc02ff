import { z } from "zod";
import { maskSecret } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";

const hexKey = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{40}$/, `${what} DaData — 40 символов 0–9 и a–f: скопируйте его из личного кабинета`);

export const dadataCredentialsSchema = z.object({
  apiKey: hexKey("API-ключ"),
  /** Needed only by the cleaner (standardisation) API, which is paid per record. */
  secretKey: hexKey("Секретный ключ")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type DadataCredentials = z.infer<typeof dadataCredentialsSchema>;

export const dadataCredentialFields: CredentialField[] = [
  {
    key: "apiKey",
    label: "integrations.fields.dadata.apiKey.label",
    secret: true,
    help: "integrations.fields.dadata.apiKey.help",
  },
  {
    key: "secretKey",
    label: "integrations.fields.dadata.secretKey.label",
    secret: true,
    help: "integrations.fields.dadata.secretKey.help",
  },
];

export function maskDadataCredentials(credentials: DadataCredentials): Record<string, string> {
  return { apiKey: maskSecret(credentials.apiKey), ...(credentials.secretKey ? { secretKey: maskSecret(credentials.secretKey) } : {}) };
}
