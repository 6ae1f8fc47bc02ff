import { z } from "zod";
import { maskSecret } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";

export const yooKassaCredentialsSchema = z.object({
  shopId: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, "shopId — число из личного кабинета ЮKassa (Интеграция → Ключи API)"),
  secretKey: z
    .string()
    .trim()
    .regex(/^(live|test)_[A-Za-z0-9_-]{20,}$/, "Секретный ключ начинается с live_ или test_: выпустите его в личном кабинете ЮKassa"),
});
export type YooKassaCredentials = z.infer<typeof yooKassaCredentialsSchema>;

export const yooKassaCredentialFields: CredentialField[] = [
  { key: "shopId", label: "integrations.fields.yookassa.shopId.label", secret: false, placeholder: "123456" },
  {
    key: "secretKey",
    label: "integrations.fields.yookassa.secretKey.label",
    secret: true,
    placeholder: "live_…",
    help: "integrations.fields.yookassa.secretKey.help",
  },
];

export function maskYooKassaCredentials(credentials: YooKassaCredentials): Record<string, string> {
  return { shopId: credentials.shopId, secretKey: `${credentials.secretKey.split("_")[0]}_${maskSecret(credentials.secretKey)}` };
}
