"use client";

import { useFormStatus } from "react-dom";
import { LoaderCircle } from "lucide-react";

/**
 * A form's submit button that shows it is working: disabled, aria-busy and a pending label
 * while the form's action runs (or while `pending` says so, for forms submitted by hand).
 */
export function SubmitButton({
  children,
  pendingLabel,
  className = "",
  pending: forcedPending,
}: {
  children: React.ReactNode;
  pendingLabel: string;
  className?: string;
  pending?: boolean;
}) {
  const { pending: formPending } = useFormStatus();
  const pending = forcedPending ?? formPending;
  return (
    <button
      type="submit"
      disabled={pending}
      aria-busy={pending || undefined}
      className={`inline-flex items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-70 ${className}`}
    >
      {pending ? <LoaderCircle aria-hidden className="size-4 animate-spin" /> : null}
      {pending ? pendingLabel : children}
    </button>
  );
}
