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
  { key: "email", label: { ru: "E-mail аккаунта", en: "Account e-mail" }, secret: false, placeholder: "you@example.ru" },
  {
    key: "apiKey",
    label: { ru: "API-ключ", en: "API key" },
    secret: true,
    help: { ru: "Личный кабинет SMS Aero → Настройки → API", en: "SMS Aero cabinet → Settings → API" },
  },
  {
    key: "sign",
    label: { ru: "Подпись отправителя", en: "Sender name" },
    secret: false,
    placeholder: "SMS Aero",
    help: { ru: "Одобренная подпись; «SMS Aero» доступна всем", en: "An approved sender name; “SMS Aero” works for everyone" },
  },
];

export function maskSmsAeroCredentials(credentials: SmsAeroCredentials): Record<string, string> {
  return { email: credentials.email, apiKey: maskSecret(credentials.apiKey), sign: credentials.sign };
}
