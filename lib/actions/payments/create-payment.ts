"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireMembership } from "@/lib/auth/session";
import { createPayment } from "@/lib/data/payments/create-payment";
import { env } from "@/lib/env";
import { actionSuccess, formDataToObject, validationFailure, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom } from "@/lib/errors/to-action-failure";
import { createPaymentSchema } from "@/lib/validations/payments";

/**
 * Owner only: a payment through the organisation's YooKassa shop. The form's requestId is the
 * Idempotence-Key, so submitting the same form again returns the same payment.
 */
export async function createPaymentAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ confirmationUrl: string | null }>> {
  try {
    const { organizationId } = await requireMembership({
      organizationId: String(formData.get("organizationId") ?? "") || undefined,
      minRole: "owner",
    });
    const parsed = createPaymentSchema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      const t = await getTranslations("billing.validation");
      return validationFailure(parsed.error, (key) => (t.has(key as never) ? t(key as never) : key));
    }
    const payment = await createPayment({
      organizationId,
      ...parsed.data,
      returnUrl: `${env.APP_URL}/settings/billing?payment={paymentId}`,
    });
    revalidatePath("/settings/billing");
    return actionSuccess({ confirmationUrl: payment.status === "pending" ? payment.confirmationUrl : null });
  } catch (error) {
    return actionFailureFrom(error, { action: "createPayment" });
  }
}
