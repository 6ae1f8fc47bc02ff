import { randomInt } from "node:crypto";
import { innCheckDigits } from "@/lib/validations/inn";

/**
 * A valid legal-entity INN no other test uses: an organisation's INN is unique, so tests that
 * create organisations side by side on one database each need their own. The DaData sandbox
 * answers every valid INN with a company of its own.
 */
export function uniqueInn(): string {
  // Region 50..98 keeps clear of the demo organisation's 7707083893.
  const prefix = `${randomInt(50, 99)}${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
  return `${prefix}${innCheckDigits(prefix)}`;
}
