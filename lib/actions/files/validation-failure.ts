import "server-only";
import type { z } from "zod";
import { getTranslations } from "next-intl/server";
import { validationFailure, type ActionFailure } from "@/lib/errors/action-result";

/** A failed upload schema as field errors, in the reader's language ("files.validation" keys). */
export async function fileValidationFailure(error: z.ZodError): Promise<ActionFailure> {
  const t = await getTranslations("files.validation");
  return validationFailure(error, (key) => (t.has(key as never) ? t(key as never) : key));
}
