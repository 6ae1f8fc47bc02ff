import { z } from "zod";
import { maskSecret } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";

export const smsAeroCredentialsSchema = z.object({
  email: z.email({ message: "Укажите e-mail, с которым вы входите в SMS Aero" }).trim(),
  apiKey: z
    .string()
    .trim()
    .min(16, "API-ключ слишком короткий: скопируйте его из раздела «Настройки → API» в SMS Aero")
    .max(128, "API-ключ слишком длинный"),
  /** Sender name approved in SMS Aero; "SMS Aero" is the shared name every account may use. */
  sign: z.string().trim().min(1, "Укажите подпись отправителя").max(11, "Подпись — не длиннее 11 символов").default("SMS Aero"),
});
export type SmsAeroCredentials = z.infer<typeof smsAeroCredentialsSchema>;

export const smsAeroCredentialFields: CredentialField[] = [
  { key: "email", label: "integrations.fields.smsaero.email.label", secret: false, placeholder: "you@example.ru" },
  {
    key: "apiKey",
    label: "integrations.fields.smsaero.apiKey.label",
    secret: true,
    help: "integrations.fields.smsaero.apiKey.help",
  },
  {
    key: "sign",
    label: "integrations.fields.smsaero.sign.label",
    secret: false,
    placeholder: "SMS Aero",
    help: "integrations.fields.smsaero.sign.help",
  },
];

export function maskSmsAeroCredentials(credentials: SmsAeroCredentials): Record<string, string> {
  return { email: credentials.email, apiKey: maskSecret(credentials.apiKey), sign: credentials.sign };
}
