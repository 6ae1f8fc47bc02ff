"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { sessionAction } from "@/lib/actions/define-action";
import { writeActiveOrganizationId } from "@/lib/auth/active-organization";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { createOrganizationWithOwner } from "@/lib/data/organizations/create-organization";
import { consumeOrganizationCreation } from "@/lib/data/organizations/consume-organization-creation";
import { organizationCreationLimits } from "@/lib/organizations/creation-limits";
import { createOrganizationSchema } from "@/lib/validations/organization";

/**
 * Any signed-in user may create an organisation, a few an hour (per person and per address);
 * they become its owner and it becomes active. An INN that already has an organisation is
 * refused beside the field: its owner invites people, nobody makes a second copy.
 */
export const createOrganizationAction = sessionAction(
  { schema: createOrganizationSchema, name: "createOrganization" },
  async ({ user, input }) => {
    const address = clientIpFrom(await headers());
    await consumeOrganizationCreation({ db, userId: user.id, address, limits: organizationCreationLimits() });
    const organization = await createOrganizationWithOwner({ db, userId: user.id, input });
    await writeActiveOrganizationId(organization.id);
    revalidatePath("/", "layout");
    return { organizationId: organization.id };
  },
);
