"use client";

import { useEffect, useRef } from "react";
import { AlertCircle, RotateCcw } from "lucide-react";
import { useTranslations } from "next-intl";

/**
 * The error state of a view (its error.tsx). The message is generic on purpose: a raw error
 * never reaches the browser. The digest lets support find the server log line.
 */
export function ViewError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("views.error");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="alert" className="flex flex-col items-center rounded-lg border border-red-200 bg-white px-6 py-10 text-center">
      <AlertCircle aria-hidden className="mb-3 size-8 text-red-600" />
      <h2 ref={heading} tabIndex={-1} className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-md text-sm text-slate-600">{t("text")}</p>
      {error.digest ? <p className="mt-1 font-mono text-xs text-slate-400">{t("reference", { digest: error.digest })}</p> : null}
      <button
        type="button"
        onClick={reset}
        className="mt-4 inline-flex items-center gap-2 rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        <RotateCcw aria-hidden className="size-4" />
        {t("retry")}
      </button>
    </div>
  );
}
