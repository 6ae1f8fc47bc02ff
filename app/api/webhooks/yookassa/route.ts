import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { isAllowedNotificationSource, notificationSourceAddress } from "@/lib/payments/notification-source";
import { notificationDedupeKey, processYooKassaNotification } from "@/lib/data/payments/process-yookassa-notification";
import { notificationSchema } from "@/lib/integrations/yookassa/schemas";

export const dynamic = "force-dynamic";

/**
 * POST /api/webhooks/yookassa: YooKassa's HTTP notifications. Unsigned, so: the sender's
 * address must be one of YooKassa's networks (403 otherwise, nothing written), and the body
 * is only a pointer: the payment is re-fetched from YooKassa before anything changes.
 * 200 acknowledges (also a duplicate); 500 asks YooKassa to deliver again.
 */
export async function POST(request: Request): Promise<Response> {
  const source = notificationSourceAddress(request.headers, env.YOOKASSA_WEBHOOK_TRUST_PROXY);
  if (!isAllowedNotificationSource(source, env.YOOKASSA_API_URL)) {
    logger.warn({ source }, "yookassa notification from a source outside the allowlist");
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  const parsed = notificationSchema.safeParse(await request.json().catch(() => undefined));
  if (!parsed.success) return Response.json({ error: "unrecognised notification" }, { status: 400 });

  try {
    const outcome = await processYooKassaNotification({ db, notification: parsed.data });
    return Response.json({ outcome });
  } catch (error) {
    logger.error({ err: error, event: notificationDedupeKey(parsed.data) }, "yookassa notification not processed");
    return Response.json({ error: "not processed" }, { status: 500 });
  }
}
