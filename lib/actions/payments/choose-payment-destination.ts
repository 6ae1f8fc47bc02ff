"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { choosePaymentDestination, type PaymentDestinationView } from "@/lib/data/payments/payment-destination";
import { choosePaymentDestinationSchema } from "@/lib/validations/payments";

/**
 * Owner only, with a recent SMS code: which YooKassa shop receives the organisation's payments.
 * The data layer checks the role again and takes only an active YooKassa shop of this organisation.
 */
export const choosePaymentDestinationAction = orgAction(
  {
    minRole: "owner",
    schema: choosePaymentDestinationSchema,
    name: "choosePaymentDestination",
    messages: "billing.validation",
    stepUp: true,
  },
  async ({ organizationId, role, input, audit }): Promise<{ destination: PaymentDestinationView }> => {
    const destination = await choosePaymentDestination({ db, organizationId, connectionId: input.connectionId, actorRole: role });
    await audit("payment_destination_changed", { type: "connection", id: input.connectionId });
    revalidatePath("/settings/billing");
    return { destination };
  },
);
