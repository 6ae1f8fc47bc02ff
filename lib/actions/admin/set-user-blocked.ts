"use server";

import { revalidatePath } from "next/cache";
import { sessionAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { setUserBlocked } from "@/lib/data/admin/set-user-blocked";
import { recordAuditEvent } from "@/lib/data/audit/record-audit-event";
import { AppError } from "@/lib/errors/app-error";
import { setUserBlockedSchema } from "@/lib/validations/sessions";

/**
 * Platform admins only: blocks a user (every session ends at once, sign-in is refused) or lifts
 * the block. Anyone else gets not_found, as for the admin area itself.
 */
export const setUserBlockedAction = sessionAction({ schema: setUserBlockedSchema, name: "setUserBlocked" }, async ({ user, input }) => {
  if (!user.isPlatformAdmin) throw new AppError("not_found", "not a platform admin");
  if (input.userId === user.id) throw new AppError("conflict", "admin tried to block themselves", { params: { reason: "blockSelf" } });
  const now = new Date();
  const result = await setUserBlocked({ db, userId: input.userId, blocked: input.blocked, now });
  if (!result) throw new AppError("not_found", "no such user");
  await recordAuditEvent({
    db,
    organizationId: null,
    actorUserId: user.id,
    action: input.blocked ? "user_blocked" : "user_unblocked",
    target: { type: "user", id: input.userId },
    details: input.blocked ? { endedSessions: result.endedSessions } : undefined,
    now,
  });
  revalidatePath("/admin/users");
});
