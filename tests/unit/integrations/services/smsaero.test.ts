import { describe, expect, it } from "vitest";
import { createSmsAeroClient } from "@/lib/integrations/smsaero/client";
import { smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";
import type { SmsSender } from "@/lib/integrations/sms";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";
import { expectReadRetriedButSendTriedOnce, serviceSandboxForFile } from "@/tests/support/service-sandbox";

const logged: string[] = [];
const vendor = createSmsAeroSandbox({ inbox: createSmsInbox({ log: (line) => logged.push(line) }) });
const service = serviceSandboxForFile(vendor, smsAeroCredentialsSchema);
const client = (creds = service.credentials, maxAttempts = 3) =>
  createSmsAeroClient(creds, { baseUrl: `${service.sandbox.url}/smsaero`, maxAttempts });

describe("SMS Aero client against the sandbox", () => {
  it("sends an SMS through the SmsSender interface, reports its delivery and charges the balance", async () => {
    const sender: SmsSender = client();
    const before = await client().getBalance();
    const { id } = await sender.send("+79161234567", "Код входа: 123456");
    expect(id).toMatch(/^\d+$/);
    expect(vendor.inbox.list("+79161234567")[0]).toMatchObject({ provider: "smsaero", text: "Код входа: 123456" });
    expect(logged.at(-1)).toContain("Код входа: 123456");
    expect(logged.at(-1)).not.toContain("79161234567");

    expect(await client().getStatus(Number(id))).toMatchObject({ status: 0, extendStatus: "queue", number: "79161234567" });
    service.sandbox.advanceClock(5_000);
    expect(await client().getStatus(Number(id))).toMatchObject({ status: 1, extendStatus: "delivery success" });
    expect(await client().getBalance()).toBeLessThan(before);
  });

  it("refuses a phone that is not E.164 before calling the gateway", async () => {
    await expect(client().send("89161234567", "x")).rejects.toMatchObject({ code: "bad_request", field: "phone" });
  });

  it("maps wrong credentials and revoked accounts to auth_failed", async () => {
    await expect(client({ ...service.credentials, apiKey: "x".repeat(32) }).checkAuth()).rejects.toMatchObject({
      code: "auth_failed",
      status: 401,
    });
    const fresh = smsAeroCredentialsSchema.parse(vendor.createAccount!(service.sandbox.ctx, {}).credentials);
    await expect(client(fresh).checkAuth()).resolves.toBeUndefined();
    vendor.revoke!(fresh.email);
    await expect(client(fresh).getBalance()).rejects.toMatchObject({ code: "auth_failed" });
  });

  it("reports the gateway's validation message for a rejected send", async () => {
    const error = await client({ ...service.credentials, sign: " " })
      .send("+79161234567", "hi")
      .catch((e) => e);
    expect(error).toMatchObject({ code: "bad_request" });
    expect(error.message).toContain("Validation error");
  });

  it("retries a failing balance read but never a send, which could deliver twice", async () => {
    await expectReadRetriedButSendTriedOnce(service, "smsaero", "500", "+79161234567", () => client(service.credentials, 3));
  });

  it("treats a malformed answer as a contract violation naming the field", async () => {
    service.sandbox.setFaults("malformed-shape:1");
    await expect(client().getBalance()).rejects.toMatchObject({ code: "contract_violation", field: "success" });
    service.sandbox.setFaults("malformed-json:1");
    await expect(client().getBalance()).rejects.toMatchObject({ code: "contract_violation" });
  });
});
