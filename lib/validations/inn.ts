import { z } from "@/lib/validations/zod";

/**
 * Russian taxpayer numbers (ИНН). The last one or two digits are checksums over the others,
 * so most typos are caught before we ask DaData about a company that does not exist.
 * 10 digits: a legal entity (ЮЛ); 12 digits: an individual or sole proprietor (ИП).
 */
const WEIGHTS_10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_FIRST = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const WEIGHTS_12_SECOND = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  return (sum % 11) % 10;
}

/** The check digit(s) that make `prefix` (9 or 10 digits) a valid INN of 10 or 12 digits. */
export function innCheckDigits(prefix: string): string {
  const digits = [...prefix].map(Number);
  if (prefix.length === 9) return String(checkDigit(digits, WEIGHTS_10));
  if (prefix.length === 10) {
    const first = checkDigit(digits, WEIGHTS_12_FIRST);
    const second = checkDigit([...digits, first], WEIGHTS_12_SECOND);
    return `${first}${second}`;
  }
  throw new RangeError("INN prefix must have 9 (legal entity) or 10 (individual) digits");
}

export function isValidInn(inn: string): boolean {
  if (!/^(\d{10}|\d{12})$/.test(inn)) return false;
  const prefixLength = inn.length === 10 ? 9 : 10;
  return innCheckDigits(inn.slice(0, prefixLength)) === inn.slice(prefixLength);
}

export type InnKind = "LEGAL" | "INDIVIDUAL";

/** DaData's `type` for a party: LEGAL for 10 digits, INDIVIDUAL for 12. */
export function innKind(inn: string): InnKind {
  return inn.length === 10 ? "LEGAL" : "INDIVIDUAL";
}

export const innSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, "ИНН состоит только из цифр")
  .refine((v) => v.length === 10 || v.length === 12, "ИНН — 10 цифр для организации или 12 для ИП")
  .refine(isValidInn, "Неверная контрольная сумма ИНН: проверьте цифры");
export type Inn = z.infer<typeof innSchema>;
