import type { SandboxContext } from "@/devtools/sandbox/core/types";
import { sandboxUuid } from "@/devtools/sandbox/yookassa/responses";

/**
 * YooKassa's payment life cycle in the sandbox: pending → (user pays) succeeded, or
 * waiting_for_capture when `capture: false`; pending payments nobody confirms are canceled
 * after an hour (`expired_on_confirmation`), uncaptured ones at `expires_at` (`expired_on_capture`).
 */
export type PaymentJson = Record<string, unknown> & { id: string; status: string; amount: Money };
export type RefundJson = Record<string, unknown> & { id: string; payment_id: string; status: string; amount: Money };
export interface Money {
  value: string;
  currency: string;
}

export type NotificationEvent = "payment.waiting_for_capture" | "payment.succeeded" | "payment.canceled" | "refund.succeeded";
export type EventSink = (shopId: string, event: NotificationEvent, object: Record<string, unknown>) => void;

export const CONFIRMATION_TIMEOUT_MS = 60 * 60 * 1000;
export const CAPTURE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** YooKassa's fee in the sandbox, for `income_amount`. */
const FEE_RATE = 0.035;

interface StoredPayment {
  shopId: string;
  capture: boolean;
  createdAtMs: number;
  json: PaymentJson;
}

export const toCents = (value: string) => Math.round(Number(value) * 100);
export const fromCents = (cents: number) => (cents / 100).toFixed(2);

export function createPaymentStore(onEvent: EventSink) {
  const payments = new Map<string, StoredPayment>();
  const refunds = new Map<string, { shopId: string; json: RefundJson }>();
  let sequence = 0;

  const iso = (ms: number) => new Date(ms).toISOString();

  function cancel(stored: StoredPayment, party: string, reason: string) {
    const { confirmation: _confirmation, expires_at: _expires, ...rest } = stored.json;
    stored.json = { ...rest, status: "canceled", paid: false, refundable: false, cancellation_details: { party, reason } };
    onEvent(stored.shopId, "payment.canceled", stored.json);
  }

  /** Applies the clock: expiry of unconfirmed and uncaptured payments. */
  function expire(ctx: SandboxContext) {
    const now = ctx.now().getTime();
    for (const stored of payments.values()) {
      if (stored.json.status === "pending" && now - stored.createdAtMs >= CONFIRMATION_TIMEOUT_MS) {
        cancel(stored, "yoo_money", "expired_on_confirmation");
      } else if (stored.json.status === "waiting_for_capture" && now >= Date.parse(String(stored.json.expires_at))) {
        cancel(stored, "merchant", "expired_on_capture");
      }
    }
  }

  return {
    expire,
    create(ctx: SandboxContext, shopId: string, body: Record<string, unknown>, checkoutUrl: (id: string) => string): PaymentJson {
      const now = ctx.now().getTime();
      const id = sandboxUuid(ctx.rng("yookassa", "payment", shopId, ++sequence));
      const confirmation = body.confirmation as { type?: string; return_url?: string; enforce?: boolean } | undefined;
      const json: PaymentJson = {
        id,
        status: "pending",
        amount: body.amount as Money,
        ...(body.description !== undefined ? { description: body.description } : {}),
        recipient: { account_id: shopId, gateway_id: `10${shopId}` },
        created_at: iso(now),
        ...(confirmation
          ? {
              confirmation: {
                type: "redirect",
                ...(confirmation.enforce !== undefined ? { enforce: confirmation.enforce } : {}),
                return_url: confirmation.return_url,
                confirmation_url: checkoutUrl(id),
              },
            }
          : {}),
        test: true,
        paid: false,
        refundable: false,
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
      };
      payments.set(id, { shopId, capture: body.capture === true, createdAtMs: now, json });
      return json;
    },

    /** Any shop's payment: the checkout page is opened without credentials. */
    find(id: string): PaymentJson | undefined {
      return payments.get(id)?.json;
    },

    get(shopId: string, id: string): PaymentJson | undefined {
      const stored = payments.get(id);
      return stored?.shopId === shopId ? stored.json : undefined;
    },

    /** The user completes the payment form (sandbox checkout page or control route). */
    pay(ctx: SandboxContext, id: string): PaymentJson | undefined {
      const stored = payments.get(id);
      if (!stored || stored.json.status !== "pending") return stored?.json;
      const now = ctx.now().getTime();
      const rng = ctx.rng("yookassa", "card", id);
      const { confirmation: _confirmation, ...rest } = stored.json;
      const base = {
        ...rest,
        paid: true,
        payment_method: {
          type: "bank_card",
          id: sandboxUuid(rng),
          saved: false,
          status: "inactive",
          title: "Bank card *4477",
          card: { first6: "555555", last4: "4477", expiry_year: "2030", expiry_month: "12", card_type: "MasterCard" },
        },
        authorization_details: {
          rrn: String(Math.floor(rng() * 1e12)).padStart(12, "0"),
          auth_code: String(Math.floor(rng() * 1e6)).padStart(6, "0"),
          three_d_secure: { applied: false },
        },
      };
      if (stored.capture) {
        const amount = stored.json.amount;
        stored.json = {
          ...base,
          status: "succeeded",
          captured_at: iso(now),
          income_amount: { value: fromCents(Math.round(toCents(amount.value) * (1 - FEE_RATE))), currency: amount.currency },
          refundable: true,
        };
        onEvent(stored.shopId, "payment.succeeded", stored.json);
      } else {
        stored.json = { ...base, status: "waiting_for_capture", expires_at: iso(now + CAPTURE_WINDOW_MS), refundable: false };
        onEvent(stored.shopId, "payment.waiting_for_capture", stored.json);
      }
      return stored.json;
    },

    /** The user gives up, or the bank declines. */
    decline(id: string, reason = "insufficient_funds"): PaymentJson | undefined {
      const stored = payments.get(id);
      if (stored && (stored.json.status === "pending" || stored.json.status === "waiting_for_capture")) {
        cancel(stored, reason === "canceled_by_merchant" ? "merchant" : "payment_network", reason);
      }
      return stored?.json;
    },

    /** Refunds a succeeded payment at once (bank-card refunds succeed synchronously). */
    refund(
      ctx: SandboxContext,
      shopId: string,
      body: { payment_id: string; amount: Money; description?: string; metadata?: unknown },
    ): { ok: true; refund: RefundJson } | { ok: false; error: string; parameter: string } {
      const stored = payments.get(body.payment_id);
      if (!stored || stored.shopId !== shopId)
        return { ok: false, error: "Payment doesn't exist or access denied", parameter: "payment_id" };
      if (stored.json.status !== "succeeded")
        return { ok: false, error: "Payment is not in status succeeded and cannot be refunded", parameter: "payment_id" };
      if (body.amount.currency !== stored.json.amount.currency)
        return { ok: false, error: "Refund currency does not match the payment", parameter: "amount.currency" };
      const refunded = toCents((stored.json.refunded_amount as Money | undefined)?.value ?? "0");
      const remaining = toCents(stored.json.amount.value) - refunded;
      if (toCents(body.amount.value) > remaining)
        return { ok: false, error: "Refund amount exceeds the amount available for refund", parameter: "amount.value" };
      const json: RefundJson = {
        id: sandboxUuid(ctx.rng("yookassa", "refund", shopId, ++sequence)),
        payment_id: body.payment_id,
        status: "succeeded",
        created_at: iso(ctx.now().getTime()),
        amount: body.amount,
        ...(body.description !== undefined ? { description: body.description } : {}),
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
      };
      refunds.set(json.id, { shopId, json });
      const total = refunded + toCents(body.amount.value);
      stored.json = {
        ...stored.json,
        refunded_amount: { value: fromCents(total), currency: body.amount.currency },
        refundable: total < toCents(stored.json.amount.value),
      };
      onEvent(shopId, "refund.succeeded", json);
      return { ok: true, refund: json };
    },

    getRefund(shopId: string, id: string): RefundJson | undefined {
      const stored = refunds.get(id);
      return stored?.shopId === shopId ? stored.json : undefined;
    },

    countsFor(shopId: string) {
      const mine = [...payments.values()].filter((p) => p.shopId === shopId);
      return {
        payments: mine.length,
        succeeded: mine.filter((p) => p.json.status === "succeeded").length,
        refunds: [...refunds.values()].filter((r) => r.shopId === shopId).length,
      };
    },
  };
}

export type PaymentStore = ReturnType<typeof createPaymentStore>;
