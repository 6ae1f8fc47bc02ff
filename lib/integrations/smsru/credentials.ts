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
    label: "integrations.fields.smsru.apiId.label",
    secret: true,
    help: "integrations.fields.smsru.apiId.help",
  },
  { key: "from", label: "integrations.fields.smsru.from.label", secret: false },
];

export function maskSmsRuCredentials(credentials: SmsRuCredentials): Record<string, string> {
  return { apiId: maskSecret(credentials.apiId), ...(credentials.from ? { from: credentials.from } : {}) };
}
