import "server-only";
import type { Db } from "@/lib/db/client";
import { getYooKassaAccount } from "@/lib/data/payments/yookassa-account";
import type { YooKassaClientOptions } from "@/lib/integrations/yookassa/client";
import type { YooKassaNotification, YooKassaPayment } from "@/lib/integrations/yookassa/schemas";

export type NotificationPlan =
  | { kind: "apply"; organizationId: string; paymentId: string; fetched: YooKassaPayment; agrees: boolean; reportedStatus: string }
  | { kind: "reject"; reason: string };

/**
 * Turns a notification into what YooKassa itself says now. The body only *points*: at a
 * payment id (and, for a payment whose create call has not been saved yet, at our row id in
 * metadata). The tenant comes from our own Payment row, the truth from GET /payments/{id}
 * with that tenant's credentials. A body that points at nothing of ours is rejected.
 */
export async function resolveNotification(options: {
  db: Db;
  notification: YooKassaNotification;
  clientOptions?: YooKassaClientOptions;
}): Promise<NotificationPlan> {
  const { db, notification, clientOptions } = options;
  const object = notification.object;
  const isRefund = notification.event === "refund.succeeded";
  const providerPaymentId = isRefund ? (object as { payment_id: string }).payment_id : object.id;
  const claimedRowId = isRefund ? undefined : ((object as YooKassaPayment).metadata?.paymentId ?? undefined);
  const shopId = isRefund ? undefined : (object as YooKassaPayment).recipient.account_id;

  // The one lookup not scoped by organisation: a notification carries no tenant, our row does.
  const row = await db.payment.findFirst({
    where: { OR: [{ providerId: providerPaymentId }, ...(claimedRowId ? [{ id: claimedRowId, providerId: null }] : [])] },
    select: { id: true, organizationId: true, providerId: true },
  });
  if (!row) return { kind: "reject", reason: "unknown payment" };

  const { client } = await getYooKassaAccount({ db, organizationId: row.organizationId, shopId, includeDisabled: true, clientOptions });
  const refund = isRefund ? await client.getRefund(object.id) : undefined;
  const fetched = await client.getPayment(providerPaymentId);
  // Found through metadata: the payment YooKassa holds must name this very row.
  if (!row.providerId && fetched.metadata?.paymentId !== row.id) return { kind: "reject", reason: "payment does not belong to this row" };
  // An event the API does not (yet) bear out is not final: the genuine one may follow with the same key.
  const reportedStatus = refund ? refund.status : fetched.status;
  const agrees = reportedStatus === notification.event.split(".")[1];
  return { kind: "apply", organizationId: row.organizationId, paymentId: row.id, fetched, agrees, reportedStatus };
}
