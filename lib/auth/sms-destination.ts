import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { AppError } from "@/lib/errors/app-error";

/**
 * Whether a login SMS may go to this number. SMS pumping earns its money on numbers that pay
 * the attacker per message (premium-rate and shared-cost ranges such as Russia's 8-809) and on
 * expensive foreign routes, so only mobile numbers of the allowed countries get codes. The full
 * metadata ("max") is needed to tell a number's type; it stays on the server.
 */
const SMS_CAPABLE = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE"]);

export function assertSmsDestination(phone: string, allowedCountries: readonly string[]): void {
  const parsed = parsePhoneNumberFromString(phone);
  const type = parsed?.getType();
  const country = parsed?.country;
  if (!parsed?.isValid() || !type || !SMS_CAPABLE.has(type) || !country || !allowedCountries.includes(country)) {
    throw new AppError("phone_not_supported", `login sms refused: ${country ?? "unknown country"} ${type ?? "unknown type"}`, {
      field: "phone",
    });
  }
}
