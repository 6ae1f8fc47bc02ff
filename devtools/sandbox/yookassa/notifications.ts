import { logger } from "@/lib/logger";
import type { NotificationEvent } from "@/devtools/sandbox/yookassa/payments";

/**
 * Sends YooKassa-style HTTP notifications: `{ type: "notification", event, object }` POSTed as
 * JSON, unsigned (YooKassa does not sign them). Like YooKassa, a delivery that does not get a
 * 200 is retried, here a few times within seconds rather than for 24 hours.
 */
export interface NotificationDelivery {
  url: string;
  event: NotificationEvent;
  objectId: string;
  status: number | "network_error" | "pending";
  attempts: number;
}

export interface WebhookSubscription {
  url: string;
  /** Only this shop's events; all shops when omitted. */
  shopId?: string;
}

const RETRY_DELAYS_MS = [250, 1_000, 3_000];

export function createNotifier(options: { fetch?: typeof fetch } = {}) {
  const send = options.fetch ?? globalThis.fetch;
  const subscriptions: WebhookSubscription[] = [];
  const deliveries: NotificationDelivery[] = [];
  const inFlight = new Set<Promise<void>>();

  async function deliver(record: NotificationDelivery, payload: string) {
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      record.attempts = attempt + 1;
      try {
        const res = await send(record.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: payload,
          signal: AbortSignal.timeout(10_000),
        });
        record.status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.status === 200) return;
      } catch {
        record.status = "network_error";
      }
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined) break;
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
    }
    logger.warn({ vendor: "yookassa", event: record.event, status: record.status }, "sandbox notification not accepted");
  }

  return {
    subscribe(subscription: WebhookSubscription) {
      const existing = subscriptions.findIndex((s) => s.url === subscription.url && s.shopId === subscription.shopId);
      if (existing === -1) subscriptions.push(subscription);
    },
    unsubscribe(url: string) {
      for (let i = subscriptions.length - 1; i >= 0; i--) if (subscriptions[i].url === url) subscriptions.splice(i, 1);
    },
    subscriptions: () => [...subscriptions],
    deliveries: () => deliveries.map((d) => ({ ...d })),
    notify(shopId: string, event: NotificationEvent, object: Record<string, unknown>) {
      const payload = JSON.stringify({ type: "notification", event, object });
      for (const subscription of subscriptions) {
        if (subscription.shopId && subscription.shopId !== shopId) continue;
        const record: NotificationDelivery = { url: subscription.url, event, objectId: String(object.id), status: "pending", attempts: 0 };
        deliveries.push(record);
        const task = deliver(record, payload).finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
    },
    /** Resolves when every notification sent so far has been delivered or given up on. */
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
