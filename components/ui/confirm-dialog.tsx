"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";

/**
 * A confirmation on the native modal <dialog>: the browser makes the rest of the page inert (a
 * real focus trap) and closes it on Escape. Focus starts on the safe choice (cancel) and goes
 * back to the button that opened it when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  cancelLabel,
  pending = false,
  destructive = false,
  onConfirm,
  onClose,
  children,
}: {
  open: boolean;
  title: string;
  description?: React.ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  pending?: boolean;
  destructive?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const restore = () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
      onClose();
    };
    dialog.addEventListener("close", restore);
    return () => dialog.removeEventListener("close", restore);
  }, [onClose]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      className={modalDialogClass}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) cancels.
        if (event.target === ref.current && !pending) ref.current?.close();
      }}
    >
      <div className="space-y-3 p-5">
        <DialogHeading titleId={titleId} descriptionId={descriptionId} title={title} description={description} />
        {children}
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <button ref={cancelRef} type="button" disabled={pending} onClick={() => ref.current?.close()} className={dialogCancelClass}>
            {cancelLabel}
          </button>
          <button
            type="button"
            disabled={pending}
            aria-busy={pending || undefined}
            onClick={onConfirm}
            className={`rounded-md px-4 py-2 text-sm font-medium text-white disabled:opacity-70 ${destructive ? "bg-red-700 hover:bg-red-800" : "bg-brand-600 hover:bg-brand-700"}`}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** How the app's modal dialogs look: this confirmation and the step-up code prompt. */
export const modalDialogClass =
  "m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40";
export const dialogCancelClass = "rounded-md border border-slate-300 px-4 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50";

/** A modal dialog's title and description, under the ids its <dialog> is labelled and described by. */
export function DialogHeading({
  titleId,
  descriptionId,
  title,
  description,
}: {
  titleId: string;
  descriptionId: string;
  title: string;
  description?: React.ReactNode;
}) {
  return (
    <>
      <h2 id={titleId} className="text-base font-semibold">
        {title}
      </h2>
      {description ? (
        <div id={descriptionId} className="text-sm text-slate-600">
          {description}
        </div>
      ) : null}
    </>
  );
}

/**
 * The state of a button that asks first: whether its dialog is open, and whether the confirmed
 * action is running (the dialog's buttons wait for it). Spread `dialog` onto the ConfirmDialog.
 */
export function useConfirmation() {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const close = () => setOpen(false);
  return { ask: () => setOpen(true), close, pending, startTransition, dialog: { open, pending, onClose: close } };
}
