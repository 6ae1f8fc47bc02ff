import { retryAfterSecondsHeader } from "@/devtools/sandbox/core/account-book";
import { z } from "zod";
import type { SandboxContext, SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";
import { createYooKassaShops } from "@/devtools/sandbox/yookassa/accounts";
import { createYooKassaApi } from "@/devtools/sandbox/yookassa/api";
import { checkoutPage, returnTo } from "@/devtools/sandbox/yookassa/checkout";
import { createNotifier, type Notifier } from "@/devtools/sandbox/yookassa/notifications";
import { createPaymentStore, type PaymentStore } from "@/devtools/sandbox/yookassa/payments";
import { yookassaError } from "@/devtools/sandbox/yookassa/responses";

/**
 * YooKassa API v3 at /yookassa (so YOOKASSA_API_URL=<sandbox>/yookassa), plus sandbox-only
 * routes under /yookassa/__*: webhook subscriptions, notification log, a checkout page and
 * controls that play the user's part (pay / decline).
 */
/** YooKassa publishes no numeric limit; the cap only makes a runaway loop visible. */
const REQUEST_RULE = { limit: 50, intervalMs: 1_000 };

const webhookBody = z.object({ url: z.url(), shopId: z.string().optional() });

export interface YooKassaSandbox extends SandboxVendor {
  notifier: Notifier;
  payments: PaymentStore;
}

export function createYooKassaSandbox(options: { notificationUrl?: string; fetch?: typeof fetch } = {}): YooKassaSandbox {
  const shops = createYooKassaShops();
  const notifier = createNotifier({ fetch: options.fetch });
  if (options.notificationUrl) notifier.subscribe({ url: options.notificationUrl });
  const payments = createPaymentStore((shopId, event, object) => notifier.notify(shopId, event, object));
  const api = createYooKassaApi(payments);

  function control(req: SandboxRequest, ctx: SandboxContext): SandboxResponse | undefined {
    const [, route, id, action] = req.path.split("/");
    switch (`${req.method} ${route}`) {
      case "POST __webhook": {
        const parsed = webhookBody.safeParse(req.body);
        if (!parsed.success) return { status: 400, body: { error: "expected {url, shopId?}" } };
        notifier.subscribe(parsed.data);
        return { status: 200, body: { subscriptions: notifier.subscriptions() } };
      }
      case "DELETE __webhook": {
        const url = (req.body as { url?: string } | undefined)?.url ?? req.query.get("url") ?? "";
        notifier.unsubscribe(url);
        return { status: 200, body: { subscriptions: notifier.subscriptions() } };
      }
      case "GET __notifications":
        return { status: 200, body: notifier.deliveries() };
      case "POST __payments": {
        const payment = action === "pay" ? payments.pay(ctx, id) : action === "decline" ? payments.decline(id) : undefined;
        return payment ? { status: 200, body: payment } : { status: 404, body: { error: "no such payment or action (pay | decline)" } };
      }
      case "GET __checkout":
        return checkoutPage(payments.find(id));
      case "POST __checkout": {
        const before = payments.find(id);
        const returnUrl = (before?.confirmation as { return_url?: string } | undefined)?.return_url;
        const choice = new URLSearchParams(req.rawBody).get("action");
        const after = choice === "pay" ? payments.pay(ctx, id) : payments.decline(id);
        return returnTo(after, returnUrl);
      }
      default:
        return route?.startsWith("__") ? { status: 404, body: { error: `no sandbox route ${req.method} ${req.path}` } } : undefined;
    }
  }

  function route(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
    payments.expire(ctx);
    const controlAnswer = control(req, ctx);
    if (controlAnswer) return controlAnswer;
    const shop = shops.authenticate(ctx, req.headers.authorization);
    if (!shop) {
      return yookassaError(
        ctx,
        401,
        "invalid_credentials",
        "Error in shopId or secret key. Check their validity. You can reissue the key in the Merchant Profile",
        "Authorization",
      );
    }
    const limited = ctx.rateLimit(`yookassa:${shop.shopId}`, REQUEST_RULE);
    if (!limited.ok) {
      return {
        ...yookassaError(ctx, 429, "too_many_requests", "Too many requests. Repeat the request later"),
        headers: vendor.rateLimitHeaders(limited.retryAfterMs),
      };
    }
    return api(req, ctx, shop, (paymentId) => `http://${req.headers.host ?? "127.0.0.1"}/yookassa/__checkout/${paymentId}`);
  }

  const vendor: YooKassaSandbox = {
    id: "yookassa",
    notifier,
    payments,
    mounts: [{ prefix: "/yookassa", handler: route }],
    baseUrlEnv: { YOOKASSA_API_URL: "/yookassa" },
    rateLimitHeaders: retryAfterSecondsHeader,
    summary: (ctx) => Object.fromEntries(shops.all(ctx).map((s) => [s.shopId, payments.countsFor(s.shopId)])),
    demoAccounts: shops.demoAccounts,
    createAccount: (ctx) => shops.create(ctx),
    revoke: shops.revoke,
  };
  return vendor;
}
