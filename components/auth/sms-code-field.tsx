"use client";

import { TextField } from "@/components/ui/field";

/**
 * The SMS code input, for the login form and the step-up dialog alike: named `code` for both
 * schemas, digits on a phone keyboard, the browser's one-time-code autofill, and focus as it
 * appears (the code is the one thing the person has to do next). Props pass through to TextField.
 */
export function SmsCodeField(props: React.ComponentProps<typeof TextField>) {
  return <TextField name="code" inputMode="numeric" autoComplete="one-time-code" maxLength={7} autoFocus {...props} />;
}
