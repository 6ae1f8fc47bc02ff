"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { createPayment } from "@/lib/data/payments/create-payment";
import { env } from "@/lib/env";
import { createPaymentSchema } from "@/lib/validations/payments";

/**
 * Owner only: a payment through the organisation's YooKassa shop. The form's requestId is the
 * Idempotence-Key, so submitting the same form again returns the same payment.
 */
export const createPaymentAction = orgAction(
  { minRole: "owner", schema: createPaymentSchema, name: "createPayment", messages: "billing.validation" },
  async ({ organizationId, input, audit }): Promise<{ confirmationUrl: string | null }> => {
    const payment = await createPayment({
      db,
      organizationId,
      ...input,
      returnUrl: `${env.APP_URL}/settings/billing?payment={paymentId}`,
    });
    await audit("payment_created", { type: "payment", id: payment.id }, { amount: String(input.amount) });
    revalidatePath("/settings/billing");
    return { confirmationUrl: payment.status === "pending" ? payment.confirmationUrl : null };
  },
);
