import type { SandboxRequest, SandboxResponse } from "@/devtools/sandbox/core/types";

/**
 * Every SMS the sandbox "sent", shared by the SMS Aero and SMS.ru fakes, so tests and dev
 * users can read login codes whichever provider the app is configured with.
 */
export interface SandboxSms {
  id: string;
  provider: "smsaero" | "smsru";
  /** E.164, e.g. +79123456789. */
  phone: string;
  text: string;
  sentAt: string;
}

export interface SmsInbox {
  record(message: Omit<SandboxSms, "sentAt"> & { sentAt: Date }): SandboxSms;
  /** Newest first; all phones when `phone` is omitted. */
  list(phone?: string): SandboxSms[];
  count(provider?: SandboxSms["provider"]): number;
}

/** Keeps codes readable in dev logs without printing whole phone numbers. */
function maskPhone(phone: string): string {
  return phone.length > 8 ? `${phone.slice(0, 5)}…${phone.slice(-2)}` : phone;
}

/** A sandbox summary for an SMS provider: per account, messages sent and the balance left. */
export function smsSummary<A extends { balance: number }>(
  accounts: A[],
  keyOf: (account: A) => string,
  messages: Iterable<{ account: string }>,
): Record<string, { messages: number; balance: number }> {
  const sent = [...messages];
  return Object.fromEntries(
    accounts.map((a) => [keyOf(a), { messages: sent.filter((m) => m.account === keyOf(a)).length, balance: a.balance }]),
  );
}

export function toE164(digits: string): string {
  const only = digits.replace(/\D/g, "");
  return `+${only}`;
}

export function createSmsInbox(options: { log?: (line: string) => void; limit?: number } = {}): SmsInbox {
  const messages: SandboxSms[] = [];
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const limit = options.limit ?? 10_000;
  return {
    record({ sentAt, ...rest }) {
      const message: SandboxSms = { ...rest, sentAt: sentAt.toISOString() };
      messages.push(message);
      if (messages.length > limit) messages.shift();
      log(`[sandbox sms] ${maskPhone(message.phone)} : ${message.text}`);
      return message;
    },
    list(phone) {
      const wanted = phone ? toE164(phone) : undefined;
      return messages.filter((m) => !wanted || m.phone === wanted).reverse();
    },
    count(provider) {
      return provider ? messages.filter((m) => m.provider === provider).length : messages.length;
    },
  };
}

/** `GET <mount>/__messages?phone=+7…`: the inbox as JSON, newest first. */
export function handleInboxRequest(req: SandboxRequest, inbox: SmsInbox): SandboxResponse | undefined {
  if (req.path !== "/__messages") return undefined;
  if (req.method !== "GET") return { status: 405, body: { error: "use GET" } };
  return { status: 200, body: inbox.list(req.query.get("phone") ?? undefined) };
}

/** SMS gateways take parameters from the query, a form body or JSON alike; later sources win. */
export function smsRequestParams(req: SandboxRequest): Map<string, string> {
  const params = new Map<string, string>(req.query);
  const contentType = req.headers["content-type"] ?? "";
  if (contentType.includes("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(req.rawBody)) params.set(k, v);
  } else if (req.body && typeof req.body === "object") {
    for (const [k, v] of Object.entries(req.body as Record<string, unknown>)) {
      if (v !== undefined && v !== null) params.set(k, String(v));
    }
  }
  return params;
}
