import { randomInt } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db/client";
import type { LoginLimits } from "@/lib/auth/login-limits";
import { requestLoginCode } from "@/lib/auth/request-login-code";
import { createSmsAeroClient } from "@/lib/integrations/smsaero/client";
import { smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";
import type { SmsSender } from "@/lib/integrations/sms";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";
import { testDb } from "../../support/database";

export const SECRET = "integration-test-secret-integration-0001";
const HOUR = 60 * 60_000;
export const LIMITS: LoginLimits = {
  smsPerPhone: { limit: 3, windowMs: HOUR },
  smsPerIp: { limit: 1000, windowMs: HOUR },
  // Every test file shares the one global key; tests of the budget itself run on their own clock.
  smsGlobal: { limit: 1_000_000, windowMs: HOUR },
  verifyPerIp: { limit: 1000, windowMs: 10 * 60_000 },
  smsCountries: ["RU", "KZ", "BY", "AM", "KG", "UZ"],
};

/** A phone no other test uses: +7999 and seven random digits. */
export const uniquePhone = () => `+7999${String(randomInt(0, 10_000_000)).padStart(7, "0")}`;
export const uniqueIp = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;

/** The real SMS Aero sandbox, so codes travel the way they do in dev and are read from its inbox. */
export async function startSmsSandbox() {
  const vendor = createSmsAeroSandbox({ inbox: createSmsInbox({ log: () => {} }) });
  const sandbox: RunningSandbox = await startSandbox({ port: 0, vendors: [vendor] });
  const credentials = smsAeroCredentialsSchema.parse(vendor.demoAccounts(sandbox.ctx)[0].credentials);
  const sender: SmsSender = createSmsAeroClient(credentials, { baseUrl: `${sandbox.url}/smsaero`, maxAttempts: 1 });
  const brokenSender: SmsSender = createSmsAeroClient(
    { ...credentials, apiKey: "wrong-key-wrong-key-0000" },
    { baseUrl: `${sandbox.url}/smsaero`, maxAttempts: 1 },
  );
  return {
    sandbox,
    sender,
    brokenSender,
    /** The code in the newest SMS to `phone`, as a person would read it. */
    lastCode(phone: string): string | undefined {
      return vendor.inbox.list(phone)[0]?.text.match(/\d{6}/)?.[0];
    },
    smsCount: (phone: string) => vendor.inbox.list(phone).length,
  };
}
export type SmsSandbox = Awaited<ReturnType<typeof startSmsSandbox>>;

/** A test file's database and SMS sandbox: `sms` is ready by the file's first test; both close after its last. */
export function smsFixture() {
  const db = testDb();
  const sms = {} as SmsSandbox;
  beforeAll(async () => {
    Object.assign(sms, await startSmsSandbox());
  });
  afterAll(async () => {
    await sms.sandbox?.close();
    await db.$disconnect();
  });
  return { db, sms };
}

export function requestCode(
  db: Db,
  sms: SmsSandbox,
  phone: string,
  options: { now?: Date; ip?: string; sender?: SmsSender; limits?: LoginLimits } = {},
) {
  return requestLoginCode({
    db,
    phone,
    ip: options.ip ?? "10.0.0.1",
    secret: SECRET,
    sender: options.sender ?? sms.sender,
    limits: options.limits ?? LIMITS,
    message: (code) => `${code} — код для входа`,
    now: options.now,
  });
}

export const minutesLater = (from: Date, minutes: number) => new Date(from.getTime() + minutes * 60_000);
