import { z } from "zod";

/**
 * The one shape every server action returns. Field errors sit beside their field
 * (aria-describedby); `formError` is the message for the whole form. Both are already
 * localized and safe to show: never a raw exception message, never a secret.
 */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionFailure = {
  ok: false;
  fieldErrors: FieldErrors;
  formError?: string;
  /** Machine-readable reason for tests and clients: the AppError code or "validation". */
  code: string;
  /** HTTP-equivalent status: 404 for another organisation's id, 403 for a missing role. */
  status: number;
  retryAfterSeconds?: number;
};

export type ActionSuccess<T extends object = object> = { ok: true } & T;

export type ActionResult<T extends object = object> = ActionSuccess<T> | ActionFailure;

export function actionSuccess<T extends object>(data: T = {} as T): ActionSuccess<T> {
  return { ok: true, ...data };
}

/** Translates a message when it is a known key; zod messages are keys like "phoneInvalid". */
export type MessageTranslator = (message: string) => string;

/** A zod failure as field errors, built with z.flattenError() and translated message by message. */
export function validationFailure(error: z.ZodError, translate: MessageTranslator = (m) => m): ActionFailure {
  const flat = z.flattenError(error);
  const fieldErrors: FieldErrors = {};
  for (const [field, messages] of Object.entries(flat.fieldErrors as Record<string, string[] | undefined>)) {
    if (messages?.length) fieldErrors[field] = messages.map(translate);
  }
  const formError = flat.formErrors.length ? flat.formErrors.map(translate).join(" ") : undefined;
  return { ok: false, fieldErrors, formError, code: "validation", status: 400 };
}

/** FormData → a plain object for zod, keeping only string values (files are never expected here). */
export function formDataToObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  }
  return out;
}
