import { z } from "zod";
import type { CredentialField } from "@/lib/integrations/types";

/** Ozon Seller API credentials: the numeric Client-Id and a UUID-shaped Api-Key (Настройки → Seller API). */
export const ozonCredentialsSchema = z.object({
  clientId: z
    .string({ error: "Укажите Client-Id" })
    .trim()
    .regex(/^\d{1,12}$/, "Client-Id — это число, например 123456. Его видно в личном кабинете: Настройки → Seller API"),
  apiKey: z
    .string({ error: "Укажите API-ключ" })
    .trim()
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      "API-ключ Ozon выглядит так: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx. Скопируйте его целиком из Настройки → Seller API",
    ),
});

export type OzonCredentials = z.infer<typeof ozonCredentialsSchema>;

export const ozonCredentialFields: CredentialField[] = [
  {
    key: "clientId",
    label: { ru: "Client-Id", en: "Client-Id" },
    secret: false,
    placeholder: "123456",
    help: { ru: "Личный кабинет Ozon → Настройки → Seller API", en: "Ozon Seller account → Settings → Seller API" },
  },
  {
    key: "apiKey",
    label: { ru: "API-ключ", en: "API key" },
    secret: true,
    placeholder: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    help: {
      ru: "Достаточно ключа с ролями на чтение товаров, отправлений FBS/FBO и аналитики",
      en: "A key with read roles for products, FBS/FBO postings and analytics is enough",
    },
  },
];

/** The Client-Id is an account number, shown as is; of the key only the last 4 characters. */
export function maskOzonCredentials(credentials: OzonCredentials): Record<string, string> {
  return { clientId: credentials.clientId, apiKey: `••••${credentials.apiKey.slice(-4)}` };
}
