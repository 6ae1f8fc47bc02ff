"use client";

import { useEffect, useRef } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/errors/action-result";

/**
 * Toasts each new action result once: the success text, or the form-level error. Field errors
 * are shown beside their fields, not toasted.
 */
export function useActionFeedback<T extends object>(
  state: ActionResult<T> | null,
  options: { success?: string; onSuccess?: (state: Extract<ActionResult<T>, { ok: true }>) => void },
) {
  const seen = useRef<unknown>(null);
  const { success, onSuccess } = options;
  useEffect(() => {
    if (!state || seen.current === state) return;
    seen.current = state;
    if (state.ok) {
      if (success) toast.success(success);
      onSuccess?.(state as Extract<ActionResult<T>, { ok: true }>);
    } else if (state.formError) {
      toast.error(state.formError);
    }
  }, [state, success, onSuccess]);
}
