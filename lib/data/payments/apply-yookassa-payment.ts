import type { Db, Tx } from "@/lib/db/client";
import type { PaymentStatus } from "@/lib/generated/prisma/enums";
import type { YooKassaPayment } from "@/lib/integrations/yookassa/schemas";

/**
 * A payment only moves forward: pending → waiting_for_capture → succeeded | canceled. Two
 * notifications processed side by side may re-fetch at different moments; the older answer
 * must not overwrite the newer state.
 */
const STATUS_RANK: Record<PaymentStatus, number> = { pending: 0, waiting_for_capture: 1, succeeded: 2, canceled: 2 };

export function statusesBefore(status: PaymentStatus): PaymentStatus[] {
  return (Object.keys(STATUS_RANK) as PaymentStatus[]).filter((s) => STATUS_RANK[s] < STATUS_RANK[status] || s === status);
}

/**
 * Writes what YooKassa itself answered (never a notification body) onto our Payment row.
 * Returns whether the row changed; a row already past that state is left alone.
 */
export async function applyYooKassaPayment(options: {
  db: Db | Tx;
  organizationId: string;
  paymentId: string;
  fetched: YooKassaPayment;
}): Promise<boolean> {
  const { db, fetched } = options;
  const confirmationUrl = fetched.confirmation?.confirmation_url;
  const { count } = await db.payment.updateMany({
    where: { id: options.paymentId, organizationId: options.organizationId, status: { in: statusesBefore(fetched.status) } },
    data: {
      providerId: fetched.id,
      status: fetched.status,
      ...(confirmationUrl ? { confirmationUrl } : {}),
      ...(fetched.status === "succeeded" ? { paidAt: new Date(fetched.captured_at ?? Date.now()) } : {}),
    },
  });
  return count > 0;
}
