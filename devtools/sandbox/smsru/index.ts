import { retryAfterSecondsHeader } from "@/devtools/sandbox/core/account-book";
import type { SandboxContext, SandboxRequest, SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";
import { createSmsInbox, handleInboxRequest, smsRequestParams, toE164, type SmsInbox } from "@/devtools/sandbox/sms-inbox";
import { smsGatewayVendor } from "@/devtools/sandbox/sms-gateway";
import { createSmsRuAccounts, type SmsRuSandboxAccount } from "@/devtools/sandbox/smsru/accounts";

/**
 * SMS.ru (sms.ru): api_id in the query or form, `json=1` answers. Like the real service it
 * answers HTTP 200 even for errors: the outcome is in `status` / `status_code`. Mounted at /smsru.
 */
const SMS_COST = 3.5;
const DELIVERY_DELAY_MS = 3_000;
/** SMS.ru publishes no request limit; the cap only makes a runaway loop visible. */
const REQUEST_RULE = { limit: 20, intervalMs: 1_000 };

interface StoredSms {
  id: string;
  account: string;
  phone: string;
  text: string;
  createdAtMs: number;
}

const error = (code: number, text: string): SandboxResponse => ({
  status: 200,
  body: { status: "ERROR", status_code: code, status_text: text },
});

export function createSmsRuSandbox(options: { inbox?: SmsInbox } = {}): SandboxVendor & { inbox: SmsInbox } {
  const inbox = options.inbox ?? createSmsInbox();
  const accounts = createSmsRuAccounts();
  const messages = new Map<string, StoredSms>();
  let counter = 10_000_000;

  function send(account: SmsRuSandboxAccount, params: Map<string, string>, ctx: SandboxContext): SandboxResponse {
    const recipients = (params.get("to") ?? "")
      .split(",")
      .map((n) => n.trim().replace(/^\+/, ""))
      .filter(Boolean);
    const text = params.get("msg") ?? "";
    if (recipients.length === 0) return error(202, "Неправильно указан номер телефона получателя, либо на него нет маршрута");
    if (text.trim() === "") return error(203, "Нет текста сообщения");
    if (recipients.length > 100) return error(213, "Указано более 100 номеров в списке получателей");
    const sms: Record<string, unknown> = {};
    for (const phone of recipients) {
      if (!/^\d{11,15}$/.test(phone)) {
        sms[phone] = {
          status: "ERROR",
          status_code: 202,
          status_text: "Неправильно указан номер телефона получателя, либо на него нет маршрута",
        };
        continue;
      }
      if (account.balance < SMS_COST) {
        sms[phone] = { status: "ERROR", status_code: 201, status_text: "Не хватает средств на лицевом счету" };
        continue;
      }
      account.balance = Math.round((account.balance - SMS_COST) * 100) / 100;
      const id = `${String(account.number).padStart(6, "0")}-${counter++}`;
      messages.set(id, { id, account: account.accountKey, phone, text, createdAtMs: ctx.now().getTime() });
      inbox.record({ id, provider: "smsru", phone: toE164(phone), text, sentAt: ctx.now() });
      sms[phone] = { status: "OK", status_code: 100, sms_id: id };
    }
    return { status: 200, body: { status: "OK", status_code: 100, sms, balance: account.balance } };
  }

  function status(account: SmsRuSandboxAccount, params: Map<string, string>, ctx: SandboxContext): SandboxResponse {
    const ids = (params.get("sms_id") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    if (ids.length === 0) return error(202, "Не указан идентификатор сообщения");
    const nowMs = ctx.now().getTime();
    const sms = Object.fromEntries(
      ids.map((id) => {
        const stored = messages.get(id);
        if (!stored || stored.account !== account.accountKey) {
          return [id, { status: "ERROR", status_code: -1, status_text: "Сообщение не найдено" }];
        }
        const delivered = nowMs - stored.createdAtMs >= DELIVERY_DELAY_MS;
        return [
          id,
          delivered
            ? { status: "OK", status_code: 103, cost: SMS_COST, sms: 1, status_text: "Сообщение доставлено" }
            : { status: "OK", status_code: 100, cost: SMS_COST, sms: 1, status_text: "Сообщение находится в нашей очереди" },
        ];
      }),
    );
    return { status: 200, body: { status: "OK", status_code: 100, sms, balance: account.balance } };
  }

  function route(req: SandboxRequest, ctx: SandboxContext): SandboxResponse {
    const inboxAnswer = handleInboxRequest(req, inbox);
    if (inboxAnswer) return inboxAnswer;
    const params = smsRequestParams(req);
    const account = accounts.authenticate(ctx, params.get("api_id"));
    if (!account) return error(200, "Неправильный api_id");
    const limited = ctx.rateLimit(`smsru:${account.accountKey}`, REQUEST_RULE);
    if (!limited.ok)
      return {
        ...error(220, "Сервис временно недоступен, попробуйте чуть позже"),
        status: 429,
        headers: retryAfterSecondsHeader(limited.retryAfterMs),
      };
    switch (req.path.replace(/\/+$/, "")) {
      case "/sms/send":
        return send(account, params, ctx);
      case "/sms/status":
        return status(account, params, ctx);
      case "/my/balance":
        return { status: 200, body: { status: "OK", status_code: 100, balance: account.balance } };
      case "/auth/check":
        return { status: 200, body: { status: "OK", status_code: 100 } };
      default:
        return error(211, "Метод не найден");
    }
  }

  return smsGatewayVendor({ id: "smsru", baseUrlEnv: "SMSRU_API_URL", inbox, route, accounts, keyOf: (a) => a.accountKey, messages });
}
