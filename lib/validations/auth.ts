import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

/**
 * Login input. Messages are keys of the "validation" messages namespace; actions translate them.
 * People type phones every which way (`8 (912) 345-67-89`, `+7 912 345 67 89`, `9123456789`);
 * Russia is the default region, so a leading 8 is the national trunk prefix.
 */
export const DEFAULT_PHONE_REGION = "RU" as const;
export const LOGIN_CODE_LENGTH = 6;

/** E.164 (`+79123456789`) for a valid number, or null. */
export function normalizePhone(input: string): string | null {
  const trimmed = input.trim();
  // Letters are never part of a phone people type for login; reject before the lenient parser drops them.
  if (!trimmed || /[a-zа-яё]/i.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, DEFAULT_PHONE_REGION);
  return parsed?.isValid() ? parsed.number : null;
}

/** `+7 912 345-67-89` for display; the E.164 itself when it cannot be formatted. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

export const phoneSchema = z
  .string({ error: "phoneRequired" })
  .trim()
  .min(1, "phoneRequired")
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: "custom", message: "phoneInvalid" });
      return z.NEVER;
    }
    return phone;
  });

export const loginCodeSchema = z
  .string({ error: "codeRequired" })
  // Pasted codes often carry spaces or a dash ("123 456").
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(
    z
      .string()
      .min(1, "codeRequired")
      .regex(/^\d{6}$/, "codeFormat"),
  );

export const requestLoginCodeSchema = z.object({ phone: phoneSchema });
export type RequestLoginCodeInput = z.infer<typeof requestLoginCodeSchema>;

export const verifyLoginCodeSchema = z.object({
  phone: phoneSchema,
  code: loginCodeSchema,
  /** Where to go after login; only same-site paths are honoured (lib/auth/callback-path.ts). */
  callbackUrl: z.string().optional(),
});
export type VerifyLoginCodeInput = z.infer<typeof verifyLoginCodeSchema>;
