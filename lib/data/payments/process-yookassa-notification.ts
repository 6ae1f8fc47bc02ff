import "server-only";
import type { Db } from "@/lib/db/client";
import { applyYooKassaPayment } from "@/lib/data/payments/apply-yookassa-payment";
import { resolveNotification } from "@/lib/data/payments/resolve-notification";
import { isIntegrationError } from "@/lib/integrations/core/errors";
import type { YooKassaClientOptions } from "@/lib/integrations/yookassa/client";
import type { YooKassaNotification } from "@/lib/integrations/yookassa/schemas";

export type NotificationOutcome = "processed" | "rejected" | "duplicate";

const PROVIDER = "yookassa";
/**
 * Only "processed" is final. A "rejected" event (unknown payment, or an event the API does
 * not bear out) changed nothing the API did not confirm, and the genuine notification, which
 * arrives under the same key, must still be processed.
 */
const FINAL = new Set(["processed"]);

export const notificationDedupeKey = (n: YooKassaNotification) => `${n.event}:${n.object.id}`;

/**
 * Each notification is acted on once. The event is recorded first (insert-or-ignore on
 * provider + `${event}:${object id}`); the re-fetch happens outside any transaction; then a
 * short transaction locks the event row, re-checks that no other delivery finished it in the
 * meantime, applies the fetched payment and marks the event done. A failure leaves the event
 * "failed" and throws, so the webhook answers 500 and YooKassa's retry processes it again.
 */
export async function processYooKassaNotification(options: {
  db: Db;
  notification: YooKassaNotification;
  clientOptions?: YooKassaClientOptions;
}): Promise<NotificationOutcome> {
  const { db, notification } = options;
  const dedupeKey = notificationDedupeKey(notification);
  const where = { provider_dedupeKey: { provider: PROVIDER, dedupeKey } };
  await db.webhookEvent.createMany({ data: [{ provider: PROVIDER, dedupeKey, payload: notification as object }], skipDuplicates: true });
  const recorded = await db.webhookEvent.findUniqueOrThrow({ where, select: { status: true } });
  if (FINAL.has(recorded.status)) return "duplicate";

  try {
    const plan = await resolveNotification({ db, notification, clientOptions: options.clientOptions });
    return await db.$transaction(
      async (tx) => {
        const [event] = await tx.$queryRawUnsafe<Array<{ id: string; status: string }>>(
          `SELECT id, status FROM "WebhookEvent" WHERE provider = $1 AND "dedupeKey" = $2 FOR UPDATE`,
          PROVIDER,
          dedupeKey,
        );
        if (FINAL.has(event.status)) return "duplicate" as const;
        // The fetched state is the truth whatever the body claimed, so it is applied either way.
        if (plan.kind === "apply")
          await applyYooKassaPayment({ db: tx, organizationId: plan.organizationId, paymentId: plan.paymentId, fetched: plan.fetched });
        const processed = plan.kind === "apply" && plan.agrees;
        const reason = plan.kind === "reject" ? plan.reason : `the API reports ${plan.reportedStatus}`;
        await tx.webhookEvent.update({
          where: { id: event.id },
          data: { status: processed ? "processed" : "rejected", processedAt: new Date(), error: processed ? null : reason },
        });
        return processed ? ("processed" as const) : ("rejected" as const);
      },
      { maxWait: 10_000, timeout: 15_000 },
    );
  } catch (error) {
    // Only a code goes into the row: messages of vendor errors are for logs.
    const reason = isIntegrationError(error) ? `integration_${error.code}` : error instanceof Error ? error.name : "unknown";
    await db.webhookEvent.updateMany({
      where: { provider: PROVIDER, dedupeKey, status: { notIn: [...FINAL] } },
      data: { status: "failed", error: reason },
    });
    throw error;
  }
}
