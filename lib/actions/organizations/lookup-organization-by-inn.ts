"use server";

import { platformDadataClient } from "@/lib/auth/platform/dadata";
import { requireSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/data/auth/rate-limit";
import { lookupPartyByInn, type OrganizationDetails } from "@/lib/data/organizations/lookup-party-by-inn";
import { AppError } from "@/lib/errors/app-error";
import { actionSuccess, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { describeError } from "@/lib/errors/safe-message";
import { lookupInnSchema } from "@/lib/validations/organization";

/** DaData's free quota is per key, shared by every user; one person may not spend it all. */
const LOOKUPS_PER_USER = { limit: 30, windowMs: 10 * 60_000 };

export type LookupOrganizationResult = ActionResult<{ details: OrganizationDetails | null; unavailable: boolean }>;

/**
 * Fills the new-organisation form from the INN. A bad checksum is a field error; DaData being
 * down is not an error at all: `unavailable: true` tells the form to let the person type.
 */
export async function lookupOrganizationByInnAction(inn: string): Promise<LookupOrganizationResult> {
  try {
    const { user } = await requireSession();
    const parsed = lookupInnSchema.safeParse({ inn });
    if (!parsed.success) return localizedValidationFailure(parsed.error);
    const limited = await consumeRateLimit(db, { key: `dadata-user:${user.id}`, rule: LOOKUPS_PER_USER });
    if (!limited.ok) throw new AppError("rate_limited", "dadata lookups", { field: "inn", retryAfterSeconds: limited.retryAfterSeconds });
    try {
      const details = await lookupPartyByInn({ dadata: await platformDadataClient(), inn: parsed.data.inn });
      return actionSuccess({ details, unavailable: false });
    } catch (error) {
      // Anything DaData-side (down, timeout, refused key) means: type the details yourself.
      if (describeError(error).code === "internal") throw error;
      return actionSuccess({ details: null, unavailable: true });
    }
  } catch (error) {
    return actionFailureFrom(error, { action: "lookupOrganizationByInn" });
  }
}
