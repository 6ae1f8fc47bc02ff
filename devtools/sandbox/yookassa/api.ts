import type { z } from "zod";
import type { SandboxContext, SandboxRequest, SandboxResponse } from "@/devtools/sandbox/core/types";
import type { YooKassaShop } from "@/devtools/sandbox/yookassa/accounts";
import type { PaymentStore } from "@/devtools/sandbox/yookassa/payments";
import { canonicalJson, yookassaError } from "@/devtools/sandbox/yookassa/responses";
import { createPaymentBody, createRefundBody, firstProblem, IDEMPOTENCE_KEY } from "@/devtools/sandbox/yookassa/validate";

/** YooKassa keeps idempotence keys for 24 hours. */
const IDEMPOTENCE_TTL_MS = 24 * 60 * 60 * 1000;

interface Remembered {
  fingerprint: string;
  response: SandboxResponse;
  atMs: number;
}

/** A create body checked as YooKassa checks it: the first problem answers 400 and names its parameter. */
function withValidBody<T>(
  ctx: SandboxContext,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: z.ZodError } },
  raw: unknown,
  handle: (body: T) => SandboxResponse,
): SandboxResponse {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return handle(parsed.data);
  const { parameter, description } = firstProblem(parsed.error);
  return yookassaError(ctx, 400, "invalid_request", description, parameter);
}

/** The authenticated YooKassa API v3 routes: payments, refunds and /me. */
export function createYooKassaApi(store: PaymentStore) {
  const remembered = new Map<string, Remembered>();

  /**
   * YooKassa's idempotence: the same key with the same request returns the first answer again;
   * the same key with a different request is refused. Failed validations are not remembered.
   */
  function idempotent(ctx: SandboxContext, shop: YooKassaShop, req: SandboxRequest, run: () => SandboxResponse): SandboxResponse {
    const key = req.headers["idempotence-key"];
    if (!key)
      return yookassaError(
        ctx,
        400,
        "invalid_request",
        "Idempotence key isn't specified. Specify it in the Idempotence-Key header",
        "Idempotence-Key",
      );
    if (!IDEMPOTENCE_KEY.test(key))
      return yookassaError(
        ctx,
        400,
        "invalid_request",
        "Idempotence key is invalid: 1–64 characters of [0-9a-zA-Z+-_.]",
        "Idempotence-Key",
      );
    const now = ctx.now().getTime();
    const slot = `${shop.shopId}:${key}`;
    const fingerprint = `${req.method} ${req.path} ${canonicalJson(req.body)}`;
    const previous = remembered.get(slot);
    if (previous && now - previous.atMs < IDEMPOTENCE_TTL_MS) {
      if (previous.fingerprint === fingerprint) return previous.response;
      return yookassaError(ctx, 400, "invalid_request", "Idempotence key duplicated", "Idempotence-Key");
    }
    const response = run();
    if (response.status < 400) remembered.set(slot, { fingerprint, response, atMs: now });
    return response;
  }

  return function handleApi(
    req: SandboxRequest,
    ctx: SandboxContext,
    shop: YooKassaShop,
    checkoutUrl: (id: string) => string,
  ): SandboxResponse {
    const path = req.path.replace(/\/+$/, "");
    const [, resource, id, extra] = path.split("/");
    if (extra !== undefined) return yookassaError(ctx, 404, "not_found", `Unknown method ${req.method} ${path}`);

    if (resource === "me" && !id && req.method === "GET") {
      return {
        status: 200,
        body: {
          account_id: shop.shopId,
          status: "enabled",
          test: true,
          fiscalization_enabled: false,
          payment_methods: ["bank_card", "yoo_money", "sbp"],
        },
      };
    }
    if (resource === "payments" && !id && req.method === "POST") {
      return idempotent(ctx, shop, req, () => {
        return withValidBody(ctx, createPaymentBody, req.body, (body) => ({
          status: 200,
          body: store.create(ctx, shop.shopId, body, checkoutUrl),
        }));
      });
    }
    if (resource === "payments" && id && req.method === "GET") {
      const payment = store.get(shop.shopId, id);
      return payment
        ? { status: 200, body: payment }
        : yookassaError(ctx, 404, "not_found", "Payment doesn't exist or access denied", "payment_id");
    }
    if (resource === "refunds" && !id && req.method === "POST") {
      return idempotent(ctx, shop, req, () => {
        return withValidBody(ctx, createRefundBody, req.body, (body) => {
          const result = store.refund(ctx, shop.shopId, body);
          if (!result.ok) return yookassaError(ctx, 400, "invalid_request", result.error, result.parameter);
          return { status: 200, body: result.refund };
        });
      });
    }
    if (resource === "refunds" && id && req.method === "GET") {
      const refund = store.getRefund(shop.shopId, id);
      return refund
        ? { status: 200, body: refund }
        : yookassaError(ctx, 404, "not_found", "Refund doesn't exist or access denied", "refund_id");
    }
    return yookassaError(ctx, 404, "not_found", `Unknown method ${req.method} ${path}`);
  };
}
