"use client";

import { createContext, useCallback, useContext, useRef, useState } from "react";
import type { ActionResult } from "@/lib/errors/action-result";
import { StepUpDialog } from "@/components/security/step-up-dialog";

type Call<R extends object> = () => Promise<ActionResult<R>>;
type WithStepUp = <R extends object>(call: Call<R>) => Promise<ActionResult<R>>;

const StepUpContext = createContext<WithStepUp>((call) => call());

/**
 * Sensitive actions answer `reauth_required` when the session's last SMS code is too old. Any
 * caller wraps its action in `withStepUp`: on that answer the dialog asks for a fresh code and,
 * once it is accepted, the same call is retried; cancelling returns the original refusal.
 */
export function StepUpProvider({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const waiting = useRef<{ retry: () => Promise<void>; cancel: () => void } | null>(null);

  const withStepUp = useCallback<WithStepUp>(async (call) => {
    const first = await call();
    if (first.ok || first.code !== "reauth_required") return first;
    return new Promise((resolve) => {
      waiting.current = {
        retry: async () => resolve(await call()),
        cancel: () => resolve(first),
      };
      setOpen(true);
    });
  }, []);

  const finish = (verified: boolean) => {
    const pending = waiting.current;
    waiting.current = null;
    setOpen(false);
    if (!pending) return;
    if (verified) void pending.retry();
    else pending.cancel();
  };

  return (
    <StepUpContext.Provider value={withStepUp}>
      {children}
      {open ? <StepUpDialog onVerified={() => finish(true)} onCancel={() => finish(false)} /> : null}
    </StepUpContext.Provider>
  );
}

export const useStepUp = () => useContext(StepUpContext);
