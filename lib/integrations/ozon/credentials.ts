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
    label: "integrations.fields.ozon.clientId.label",
    secret: false,
    placeholder: "123456",
    help: "integrations.fields.ozon.clientId.help",
  },
  {
    key: "apiKey",
    label: "integrations.fields.ozon.apiKey.label",
    secret: true,
    placeholder: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
    help: "integrations.fields.ozon.apiKey.help",
  },
];

/** The Client-Id is an account number, shown as is; of the key only the last 4 characters. */
export function maskOzonCredentials(credentials: OzonCredentials): Record<string, string> {
  return { clientId: credentials.clientId, apiKey: `••••${credentials.apiKey.slice(-4)}` };
}
