"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { confirmUploadAction } from "@/lib/actions/files/confirm-upload";
import { presignUploadAction } from "@/lib/actions/files/presign-upload";
import type { FieldErrors } from "@/lib/errors/action-result";
import { ALLOWED_UPLOAD_MIME_TYPES, MAX_UPLOAD_BYTES, uploadRequestSchema } from "@/lib/validations/files";

/**
 * Upload in three steps: sign (the server checks size and type and signs them into the
 * policy), POST the file straight to the bucket, confirm (the server HEADs the object).
 * The same schema runs here first so a wrong file is refused before any byte is sent.
 */
export function UploadForm({ organizationId }: { organizationId: string }) {
  const t = useTranslations("files");
  const router = useRouter();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const fileError = [...(errors.size ?? []), ...(errors.contentType ?? []), ...(errors.filename ?? [])];

  async function upload(file: File) {
    const input = { organizationId, filename: file.name, contentType: file.type, size: file.size };
    const local = uploadRequestSchema.safeParse(input);
    if (!local.success) {
      setErrors({ [String(local.error.issues[0].path[0])]: [t(`validation.${local.error.issues[0].message}` as never)] });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const signed = await presignUploadAction(input);
      if (!signed.ok) {
        setErrors(signed.fieldErrors);
        if (signed.formError) toast.error(signed.formError);
        return;
      }
      const form = new FormData();
      for (const [name, value] of Object.entries(signed.upload.fields)) form.append(name, value);
      form.append("file", file);
      const sent = await fetch(signed.upload.url, { method: "POST", body: form }).catch(() => null);
      if (!sent?.ok) {
        toast.error(t("uploadFailed"));
        return;
      }
      const confirmed = await confirmUploadAction({ organizationId, fileId: signed.upload.fileId });
      if (!confirmed.ok) toast.error(confirmed.formError ?? t("uploadFailed"));
      else toast.success(t("uploaded"));
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("chooseFile")}
      </label>
      <input
        id={id}
        type="file"
        disabled={busy}
        accept={ALLOWED_UPLOAD_MIME_TYPES.join(",")}
        aria-describedby={`${id}-hint${fileError.length ? ` ${id}-error` : ""}`}
        aria-invalid={fileError.length ? true : undefined}
        aria-busy={busy || undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void upload(file);
        }}
        className="block text-sm"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t("hint", { mb: MAX_UPLOAD_BYTES / 1024 / 1024 })}
      </p>
      {fileError.length ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {fileError.join(" ")}
        </p>
      ) : null}
      {busy ? (
        <p role="status" className="text-sm text-slate-600">
          {t("uploading")}
        </p>
      ) : null}
    </div>
  );
}
