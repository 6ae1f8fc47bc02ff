import { formatPhone } from "@/lib/validations/auth";

/**
 * A phone with its middle hidden, `+7 999 *** ** 67`: enough to tell colleagues apart, not
 * enough to call or text them. The country code and the first group (the operator or area
 * code) stay, as do the last two digits; every other digit becomes `*`.
 */
export function maskPhone(e164: string): string {
  const formatted = formatPhone(e164);
  const groups = formatted.split(" ");
  // Unformattable numbers have no groups: keep the first two and the last two digits.
  const keepHead = groups.length >= 3 ? digitCount(`${groups[0]}${groups[1]}`) : 2;
  const total = digitCount(formatted);
  let seen = 0;
  return formatted.replace(/\d/g, (digit) => {
    seen += 1;
    return seen <= keepHead || seen > total - 2 ? digit : "*";
  });
}

const digitCount = (text: string) => text.replace(/\D/g, "").length;
