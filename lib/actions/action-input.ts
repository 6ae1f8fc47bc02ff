import { z } from "zod";

/**
 * What a server action accepts before its schema looks at it. Anyone can post an action with
 * arguments of their own making, so the shape is checked here rather than trusted: a string or
 * an array where a form or an object belongs is a validation failure, not a TypeError.
 */
export type RawInput = Record<string, unknown>;

export function isRawInput(value: unknown): value is RawInput {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof FormData);
}

const MAX_DEPTH = 6;

/**
 * Top-level fields holding a NUL character anywhere inside. PostgreSQL cannot store one in text,
 * and nobody types it; it is refused beside the field instead of failing the write.
 */
export function fieldsWithNulCharacter(raw: RawInput): string[] {
  return Object.entries(raw)
    .filter(([, value]) => holdsNul(value, 0))
    .map(([field]) => field);
}

function holdsNul(value: unknown, depth: number): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth >= MAX_DEPTH || typeof value !== "object" || value === null) return false;
  return Object.values(value).some((inner) => holdsNul(inner, depth + 1));
}

/** The failures above as zod errors, so they are translated and shaped like any other. */
export const malformedInputError = () => new z.ZodError([{ code: "custom", path: [], message: "malformedRequest", input: undefined }]);

export const nulCharacterError = (fields: string[]) =>
  new z.ZodError(fields.map((field) => ({ code: "custom" as const, path: [field], message: "invalidCharacters", input: undefined })));
