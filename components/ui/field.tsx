"use client";

import { useId } from "react";

/**
 * A labelled form control with its hint and error. The error sits beside its field and is
 * announced through aria-describedby / aria-invalid, so a screen reader hears why a value was
 * refused when it lands on the field. Every form in the app (auth, onboarding, team, billing,
 * connections) builds its inputs from this.
 */
export function Field({
  label,
  hint,
  errors,
  optionalLabel,
  children,
}: FieldFrame & { children: (props: FieldControlProps) => React.ReactNode }) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optionalLabel ? <span className="ml-1 font-normal text-slate-500">({optionalLabel})</span> : null}
      </label>
      {children({ id, "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm text-red-700" role="alert">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** What a Field shows around its control. */
interface FieldFrame {
  label: string;
  hint?: string;
  errors?: string[];
  optionalLabel?: string;
}

/** The common Field: a text input (its own props pass through), styled as every input unless told otherwise. */
export function TextField({
  label,
  hint,
  errors,
  optionalLabel,
  className = inputClass,
  ...input
}: FieldFrame & Omit<React.ComponentProps<"input">, keyof FieldControlProps>) {
  return (
    <Field label={label} hint={hint} errors={errors} optionalLabel={optionalLabel}>
      {(field) => <input {...field} {...input} className={className} />}
    </Field>
  );
}

/** What a Field hands its control: spread it onto the input, select or textarea. */
export interface FieldControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

/** The form-level error (not tied to one field), announced when it appears. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {message}
    </p>
  );
}
