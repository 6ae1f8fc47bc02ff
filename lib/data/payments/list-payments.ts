import "server-only";
import type { Db } from "@/lib/db/client";
import { paymentViewSelect, toPaymentView, type PaymentView } from "@/lib/data/payments/payment-view";

/** The organisation's payments, newest first (served by the organizationId, createdAt index). */
export async function listPayments(options: { db: Db; organizationId: string; take?: number }): Promise<PaymentView[]> {
  const { db } = options;
  const rows = await db.payment.findMany({
    where: { organizationId: options.organizationId },
    select: paymentViewSelect,
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 50, 200),
  });
  return rows.map(toPaymentView);
}
