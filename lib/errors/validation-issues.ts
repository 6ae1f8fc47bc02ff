import type { z } from "zod";

/**
 * zod words its own messages as English sentences ("Too big: expected string to have <=120
 * characters"). A person never sees one: every issue a schema did not word itself gets a key of
 * the "validation" catalogue instead, by what went wrong. zod's Russian locale would not do: it
 * is one global setting, and the reader's language is chosen per request.
 */
export const GENERIC_VALIDATION_KEYS = [
  "required",
  "invalidValue",
  "invalidChoice",
  "tooShort",
  "tooLong",
  "invalidCharacters",
  "malformedRequest",
] as const;
export type GenericValidationKey = (typeof GENERIC_VALIDATION_KEYS)[number];

/** A per-parse error map (`schema.safeParse(input, { error: validationIssueKey })`); a schema's own message still wins. */
export function validationIssueKey(issue: z.core.$ZodRawIssue): GenericValidationKey {
  const missing = issue.input === undefined || issue.input === null || issue.input === "";
  switch (issue.code) {
    case "invalid_type":
      return missing ? "required" : "invalidValue";
    case "too_small":
      if (issue.origin !== "string") return "invalidValue";
      return missing ? "required" : "tooShort";
    case "too_big":
      return issue.origin === "string" ? "tooLong" : "invalidValue";
    case "invalid_value":
      return "invalidChoice";
    default:
      return "invalidValue";
  }
}
