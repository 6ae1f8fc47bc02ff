"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";

/**
 * The phone number input of sign-in and of invitations: one label, one placeholder and the
 * keypad a phone shows for numbers, so both read and behave alike. The server normalises the
 * number (see the auth schema), so the input accepts any spacing.
 */
export function PhoneField({
  errors,
  hint,
  autoFocus = false,
  autoComplete,
}: {
  errors?: string[];
  hint?: string;
  autoFocus?: boolean;
  /** "tel" for the person's own number; left out when typing someone else's. */
  autoComplete?: "tel";
}) {
  const t = useTranslations("auth");
  return (
    <TextField
      label={t("phoneLabel")}
      hint={hint}
      errors={errors}
      name="phone"
      type="tel"
      inputMode="tel"
      autoComplete={autoComplete}
      placeholder={t("phonePlaceholder")}
      required
      autoFocus={autoFocus}
    />
  );
}
