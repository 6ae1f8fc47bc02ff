import "server-only";
import { getDatabase } from "@/lib/data/database";
import { paymentViewSelect, toPaymentView, type PaymentView } from "@/lib/data/payments/payment-view";

/** The organisation's payments, newest first (served by the organizationId, createdAt index). */
export async function listPayments(options: { organizationId: string; take?: number }): Promise<PaymentView[]> {
  const db = await getDatabase();
  const rows = await db.payment.findMany({
    where: { organizationId: options.organizationId },
    select: paymentViewSelect,
    orderBy: { createdAt: "desc" },
    take: Math.min(options.take ?? 50, 200),
  });
  return rows.map(toPaymentView);
}
