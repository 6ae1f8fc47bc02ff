import { parsePhoneNumberFromString, validatePhoneNumberLength } from "libphonenumber-js";
import { z } from "@/lib/validations/zod";

/**
 * Login input. Messages are keys of the "validation" messages namespace; actions translate them.
 * People type phones every which way (`8 (912) 345-67-89`, `+7 912 345 67 89`, `9123456789`).
 * A number is taken only when the digits typed are the whole number: a leading 8 or 7 before
 * ten digits is Russia's trunk or country code, ten digits alone are a Russian number, and
 * anything else needs its `+` and country code. Nothing is ever completed by guessing: a lenient
 * parser reads `8 (999) 123-45-7` (one digit short) as +7 899 912-34-57, somebody else's number.
 */
export const DEFAULT_PHONE_REGION = "RU" as const;
export const LOGIN_CODE_LENGTH = 6;

export type PhoneInput = { ok: true; phone: string } | { ok: false; reason: "invalid" | "incomplete" };

export function parsePhoneInput(input: string): PhoneInput {
  const trimmed = input.trim();
  // Only digits, a leading +, and the separators people type; letters are never part of a login phone.
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return { ok: false, reason: "invalid" };
  const digits = trimmed.replace(/\D/g, "");
  let candidate: string;
  if (trimmed.startsWith("+")) {
    candidate = `+${digits}`;
    if (validatePhoneNumberLength(candidate) === "TOO_SHORT") return { ok: false, reason: "incomplete" };
  } else if (digits.length === 11 && /^[78]/.test(digits)) {
    candidate = `+7${digits.slice(1)}`;
  } else if (digits.length === 10 && !digits.startsWith("8")) {
    candidate = `+7${digits}`;
  } else {
    // Ten digits after a trunk 8, or nine of a mobile number: a digit is missing somewhere.
    const looksRussian = (digits.length === 10 && digits.startsWith("8")) || (digits.length === 9 && digits.startsWith("9"));
    return { ok: false, reason: looksRussian ? "incomplete" : "invalid" };
  }
  const parsed = parsePhoneNumberFromString(candidate);
  // The parsed number must be exactly the digits typed: none dropped, none added.
  if (!parsed?.isValid() || parsed.number !== candidate) return { ok: false, reason: "invalid" };
  return { ok: true, phone: parsed.number };
}

/** E.164 (`+79123456789`) for a complete, valid number, or null. */
export function normalizePhone(input: string): string | null {
  const result = parsePhoneInput(input);
  return result.ok ? result.phone : null;
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
    const result = parsePhoneInput(value);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.reason === "incomplete" ? "phoneIncomplete" : "phoneInvalid" });
      return z.NEVER;
    }
    return result.phone;
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
