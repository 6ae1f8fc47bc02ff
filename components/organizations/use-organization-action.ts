"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/errors/action-result";
import { useStepUp } from "@/components/security/step-up-provider";

type OrganizationAction = (prev: null, data: FormData) => Promise<ActionResult>;

/**
 * Runs an organisation action from a button or select (no form of its own): sends the fields
 * with the organisation id, toasts the outcome and refreshes the page's server data on success.
 * `pending` disables the controls meanwhile, so a second click cannot race the first.
 */
export function useOrganizationAction(organizationId: string | null) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const withStepUp = useStepUp();
  const run = (action: OrganizationAction, fields: Record<string, string>, success: string) =>
    startTransition(async () => {
      const data = new FormData();
      if (organizationId) data.set("organizationId", organizationId);
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      // Role changes and other sensitive actions may first ask for a fresh SMS code (step-up).
      const result = await withStepUp(() => action(null, data));
      if (result.ok) {
        toast.success(success);
        router.refresh();
      } else {
        toast.error(result.formError ?? Object.values(result.fieldErrors).flat().join(" "));
      }
    });
  return { pending, run };
}
