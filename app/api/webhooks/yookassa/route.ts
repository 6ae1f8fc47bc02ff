import { clientAddressFrom, configuredClientAddressSource } from "@/lib/auth/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { readBodyWithin } from "@/lib/http/capped-body";
import { logger } from "@/lib/logger";
import { isAllowedNotificationSource, MAX_NOTIFICATION_BYTES } from "@/lib/payments/notification-source";
import { notificationDedupeKey, processYooKassaNotification } from "@/lib/data/payments/process-yookassa-notification";
import { notificationSchema } from "@/lib/integrations/yookassa/schemas";

export const dynamic = "force-dynamic";

/**
 * POST /api/webhooks/yookassa: YooKassa's HTTP notifications. Unsigned, so: the sender's
 * address (under the deployment's proxy setting) must be one of YooKassa's networks (403,
 * nothing read or written); the body is read only up to 64 KB (413 beyond, nothing stored);
 * and the body is only a pointer: the payment is re-fetched from YooKassa before anything changes.
 * 200 acknowledges (also a duplicate); 500 asks YooKassa to deliver again.
 */
export async function POST(request: Request): Promise<Response> {
  const source = clientAddressFrom(request.headers, configuredClientAddressSource());
  if (!isAllowedNotificationSource(source, env.YOOKASSA_API_URL)) {
    logger.warn({ source }, "yookassa notification from a source outside the allowlist");
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  const body = await readBodyWithin(request, MAX_NOTIFICATION_BYTES);
  if (!body.ok) {
    logger.warn({ source, maxBytes: MAX_NOTIFICATION_BYTES }, "yookassa notification body over the size limit");
    return Response.json({ error: "payload too large" }, { status: 413 });
  }
  const parsed = notificationSchema.safeParse(parseJson(body.text));
  if (!parsed.success) return Response.json({ error: "unrecognised notification" }, { status: 400 });

  try {
    const outcome = await processYooKassaNotification({ db, notification: parsed.data });
    return Response.json({ outcome });
  } catch (error) {
    logger.error({ err: error, event: notificationDedupeKey(parsed.data) }, "yookassa notification not processed");
    return Response.json({ error: "not processed" }, { status: 500 });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
