import { parsePhoneNumberFromString } from "libphonenumber-js";
import { IntegrationError } from "@/lib/integrations/core/errors";

/**
 * What the SMS-code login needs from an SMS provider. SMS Aero and SMS.ru clients both
 * implement it, so the login flow does not care which one an installation uses.
 */
export interface SmsSender {
  /** `phone` in E.164 (`+79123456789`). Resolves with the provider's message id once accepted. */
  send(phone: string, text: string): Promise<{ id: string }>;
}

/** E.164 → the bare digits both Russian gateways expect (`79123456789`). */
export function smsGatewayNumber(phone: string, vendor: string): string {
  const parsed = /^\+\d{8,15}$/.test(phone) ? parsePhoneNumberFromString(phone) : undefined;
  if (!parsed?.isValid()) {
    throw new IntegrationError({
      code: "bad_request",
      vendor,
      field: "phone",
      message: "phone number must be a valid E.164 number, e.g. +79123456789",
    });
  }
  return parsed.number.slice(1);
}
