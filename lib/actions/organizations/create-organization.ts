"use server";

import { revalidatePath } from "next/cache";
import { sessionAction } from "@/lib/actions/define-action";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { db } from "@/lib/db";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { createOrganizationSchema } from "@/lib/validations/organization";

/** Any signed-in user may create an organisation; they become its owner and it becomes active. */
export const createOrganizationAction = sessionAction(
  { schema: createOrganizationSchema, name: "createOrganization" },
  async ({ user, input }) => {
    const organization = await createOrganizationWithOwner({ db, userId: user.id, input });
    await writeActiveOrganizationId(organization.id);
    revalidatePath("/", "layout");
    return { organizationId: organization.id };
  },
);
