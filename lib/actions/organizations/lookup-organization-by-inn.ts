"use server";

import { sessionCall } from "@/lib/actions/define-action";
import { platformDadataClient } from "@/lib/auth/platform/dadata";
import { db } from "@/lib/db";
import { consumeRateLimit } from "@/lib/data/auth/rate-limit";
import { lookupPartyByInn, type OrganizationDetails } from "@/lib/data/organizations/lookup-party-by-inn";
import { AppError } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/errors/action-result";
import { describeError } from "@/lib/errors/safe-message";
import { lookupInnSchema } from "@/lib/validations/organization";

/** DaData's free quota is per key, shared by every user; one person may not spend it all. */
const LOOKUPS_PER_USER = { limit: 30, windowMs: 10 * 60_000 };

export type LookupOrganizationResult = ActionResult<{ details: OrganizationDetails | null; unavailable: boolean }>;

/**
 * Fills the new-organisation form from the INN. A bad checksum is a field error; DaData being
 * down is not an error at all: `unavailable: true` tells the form to let the person type.
 */
const lookup = sessionCall(
  { schema: lookupInnSchema, name: "lookupOrganizationByInn" },
  async ({ user, input }): Promise<{ details: OrganizationDetails | null; unavailable: boolean }> => {
    const limited = await consumeRateLimit({ db, key: `dadata-user:${user.id}`, rule: LOOKUPS_PER_USER });
    if (!limited.ok) throw new AppError("rate_limited", "dadata lookups", { field: "inn", retryAfterSeconds: limited.retryAfterSeconds });
    try {
      return { details: await lookupPartyByInn({ dadata: await platformDadataClient(), inn: input.inn }), unavailable: false };
    } catch (error) {
      // Anything DaData-side (down, timeout, refused key) means: type the details yourself.
      if (describeError(error).code === "internal") throw error;
      return { details: null, unavailable: true };
    }
  },
);

export async function lookupOrganizationByInnAction(inn: string): Promise<LookupOrganizationResult> {
  return lookup({ inn });
}
