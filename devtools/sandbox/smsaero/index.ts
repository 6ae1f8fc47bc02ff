import { retryAfterSecondsHeader } from "@/devtools/sandbox/core/account-book";
import type { SandboxContext, SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";
import { createSmsInbox, handleInboxRequest, smsRequestParams, toE164, type SmsInbox } from "@/devtools/sandbox/sms-inbox";
import { smsGatewayVendor } from "@/devtools/sandbox/sms-gateway";
import { createSmsAeroAccounts, type SmsAeroSandboxAccount } from "@/devtools/sandbox/smsaero/accounts";

/**
 * SMS Aero API v2 (gate.smsaero.ru/v2): HTTP Basic email:apiKey, parameters in the query,
 * a form or JSON, answers `{ success, data, message }`. Mounted at /smsaero.
 */
const SMS_COST = 5.49;
/** A queued message is reported delivered after this long on the sandbox clock. */
const DELIVERY_DELAY_MS = 3_000;
/** SMS Aero publishes no request limit; the cap only makes a runaway loop visible. */
const REQUEST_RULE = { limit: 20, intervalMs: 1_000 };

interface StoredSms {
  id: number;
  account: string;
  from: string;
  number: string;
  text: string;
  createdAtMs: number;
}

const unixSeconds = (ms: number) => Math.floor(ms / 1000);
const ok = (data: unknown, message: string | null = null): SandboxResponse => ({
  status: 200,
  body: { success: true, data, message },
});
const fail = (status: number, message: string, data: unknown = null): SandboxResponse => ({
  status,
  body: { success: false, data, message },
});

function smsView(sms: StoredSms, nowMs: number) {
  const delivered = nowMs - sms.createdAtMs >= DELIVERY_DELAY_MS;
  return {
    id: sms.id,
    from: sms.from,
    number: sms.number,
    text: sms.text,
    status: delivered ? 1 : 0,
    extendStatus: delivered ? "delivery success" : "queue",
    channel: "FREE SIGN",
    cost: SMS_COST,
    dateCreate: unixSeconds(sms.createdAtMs),
    dateSend: unixSeconds(sms.createdAtMs),
    ...(delivered ? { dateAnswer: unixSeconds(sms.createdAtMs + DELIVERY_DELAY_MS) } : {}),
  };
}

export function createSmsAeroSandbox(options: { inbox?: SmsInbox } = {}): SandboxVendor & { inbox: SmsInbox } {
  const inbox = options.inbox ?? createSmsInbox();
  const accounts = createSmsAeroAccounts();
  const messages = new Map<number, StoredSms>();
  let nextId = 1;

  function send(account: SmsAeroSandboxAccount, params: Map<string, string>, ctx: SandboxContext): SandboxResponse {
    const number = (params.get("number") ?? "").replace(/^\+/, "");
    const text = params.get("text") ?? "";
    const sign = params.get("sign") ?? "";
    const errors: Record<string, string[]> = {};
    if (!/^\d{11,15}$/.test(number)) errors.number = ["Number is invalid."];
    if (text.trim() === "") errors.text = ["Text cannot be blank."];
    if (sign.trim() === "") errors.sign = ["Sign cannot be blank."];
    if (Object.keys(errors).length > 0) return fail(400, "Validation error.", errors);
    if (account.balance < SMS_COST) return fail(400, "Insufficient funds.");

    account.balance = Math.round((account.balance - SMS_COST) * 100) / 100;
    const nowMs = ctx.now().getTime();
    const sms: StoredSms = { id: nextId++, account: account.email, from: sign, number, text, createdAtMs: nowMs };
    messages.set(sms.id, sms);
    inbox.record({ id: String(sms.id), provider: "smsaero", phone: toE164(number), text, sentAt: ctx.now() });
    return ok(smsView(sms, nowMs));
  }

  function route(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
    const inboxAnswer = handleInboxRequest(req, inbox);
    if (inboxAnswer) return inboxAnswer;
    const account = accounts.authenticate(ctx, req.headers.authorization);
    if (!account) return fail(401, "Your request was made with invalid credentials.");
    const limited = ctx.rateLimit(`smsaero:${account.email}`, REQUEST_RULE);
    if (!limited.ok) {
      return { ...fail(429, "Too many requests."), headers: retryAfterSecondsHeader(limited.retryAfterMs) };
    }
    const params = smsRequestParams(req);
    switch (req.path.replace(/\/+$/, "")) {
      case "/auth":
        return ok(null, "Successful authorization.");
      case "/balance":
        return ok({ balance: account.balance });
      case "/sms/send":
        return send(account, params, ctx);
      case "/sms/status": {
        const sms = messages.get(Number(params.get("id")));
        if (!sms || sms.account !== account.email) return fail(404, "Message not found.");
        return ok(smsView(sms, ctx.now().getTime()));
      }
      default:
        return fail(404, "Not Found.");
    }
  }

  return smsGatewayVendor({ id: "smsaero", baseUrlEnv: "SMSAERO_API_URL", inbox, route, accounts, keyOf: (a) => a.email, messages });
}
