import { z } from "zod";
import { maskSecret } from "@/lib/integrations/live-check";
import type { CredentialField } from "@/lib/integrations/types";

export const smsRuCredentialsSchema = z.object({
  apiId: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
      "api_id выглядит как 8-4-4-4-12 символов: скопируйте его из раздела «Программистам» на SMS.ru",
    ),
  /** Optional approved sender name; SMS.ru uses the account default when empty. */
  from: z.string().trim().max(11, "Имя отправителя — не длиннее 11 символов").optional(),
});
export type SmsRuCredentials = z.infer<typeof smsRuCredentialsSchema>;

export const smsRuCredentialFields: CredentialField[] = [
  {
    key: "apiId",
    label: { ru: "api_id", en: "api_id" },
    secret: true,
    help: { ru: "SMS.ru → Программистам → ваш api_id", en: "SMS.ru → For developers → your api_id" },
  },
  { key: "from", label: { ru: "Имя отправителя (необязательно)", en: "Sender name (optional)" }, secret: false },
];

export function maskSmsRuCredentials(credentials: SmsRuCredentials): Record<string, string> {
  return { apiId: maskSecret(credentials.apiId), ...(credentials.from ? { from: credentials.from } : {}) };
}
