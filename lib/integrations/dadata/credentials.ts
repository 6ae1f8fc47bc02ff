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
    label: { ru: "API-ключ", en: "API key" },
    secret: true,
    help: { ru: "dadata.ru → Личный кабинет → API", en: "dadata.ru → Profile → API" },
  },
  {
    key: "secretKey",
    label: { ru: "Секретный ключ (для стандартизации)", en: "Secret key (for the cleaner)" },
    secret: true,
    help: { ru: "Нужен только для стандартизации адресов", en: "Only needed to standardise addresses" },
  },
];

export function maskDadataCredentials(credentials: DadataCredentials): Record<string, string> {
  return { apiKey: maskSecret(credentials.apiKey), ...(credentials.secretKey ? { secretKey: maskSecret(credentials.secretKey) } : {}) };
}
