"use server";

import { revalidatePath } from "next/cache";
import { sessionAction } from "@/lib/actions/define-action";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { requireMembership } from "@/lib/auth/session";
import { switchOrganizationSchema } from "@/lib/validations/organization";

/**
 * Makes another of the caller's organisations the active one; a foreign id is a 404. The
 * organisation is the input here, not the context, so membership is checked after parsing.
 */
export const switchOrganizationAction = sessionAction(
  { schema: switchOrganizationSchema, name: "switchOrganization" },
  async ({ input }) => {
    const { organizationId } = await requireMembership({ organizationId: input.organizationId, minRole: "viewer" });
    await writeActiveOrganizationId(organizationId);
    revalidatePath("/", "layout");
  },
);
