import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createSmsRuClient } from "@/lib/integrations/smsru/client";
import { smsRuCredentialsSchema } from "@/lib/integrations/smsru/credentials";
import { createLogger } from "@/lib/logger";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsRuSandbox } from "@/devtools/sandbox/smsru";
import { expectReadRetriedButSendTriedOnce, serviceSandboxForFile } from "@/tests/support/service-sandbox";

const vendor = createSmsRuSandbox({ inbox: createSmsInbox({ log: () => {} }) });
const service = serviceSandboxForFile(vendor, smsRuCredentialsSchema);
const logLines: string[] = [];
const logger = createLogger({
  level: "debug",
  destination: new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) }),
});
const client = (creds = service.credentials, maxAttempts = 3) =>
  createSmsRuClient(creds, { baseUrl: `${service.sandbox.url}/smsru`, maxAttempts });

describe("SMS.ru client against the sandbox", () => {
  it("sends, follows the delivery status and reads the balance", async () => {
    const before = await client().getBalance();
    const { id } = await client().send("+79031234567", "Код: 654321");
    expect(id).toMatch(/^\d{6}-\d+$/);
    expect(vendor.inbox.list("+79031234567")[0]).toMatchObject({ id, provider: "smsru", text: "Код: 654321" });
    expect(await client().getStatus(id)).toMatchObject({ statusCode: 100, delivered: false });
    service.sandbox.advanceClock(5_000);
    expect(await client().getStatus(id)).toMatchObject({ statusCode: 103, delivered: true });
    expect(await client().getBalance()).toBeLessThan(before);
    await expect(client().getStatus("000001-1")).rejects.toMatchObject({ code: "not_found" });
  });

  it("maps SMS.ru's 'wrong api_id' answer (HTTP 200, code 200) to auth_failed", async () => {
    const wrong = smsRuCredentialsSchema.parse({ apiId: "00000000-0000-0000-0000-000000000000" });
    await expect(client(wrong).getBalance()).rejects.toMatchObject({ code: "auth_failed" });
  });

  it("never puts the api_id in a URL, an error message or a log line", async () => {
    const seen: string[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    const spied = createSmsRuClient(service.credentials, { baseUrl: `${service.sandbox.url}/smsru`, fetch: spy });
    await spied.getBalance();
    expect(seen.join(" ")).not.toContain(service.credentials.apiId);

    service.sandbox.setFaults("500:1");
    const errors = await Promise.all([
      client(service.credentials, 2)
        .getBalance()
        .catch((e) => e),
      client(service.credentials, 1)
        .send("+79031234567", "x")
        .catch((e) => e),
    ]);
    service.sandbox.setFaults("");
    const wrong = smsRuCredentialsSchema.parse({ apiId: "ABCDEF00-0000-0000-0000-000000000000" });
    errors.push(
      await client(wrong)
        .getBalance()
        .catch((e) => e),
    );
    for (const error of errors) {
      expect(error.name).toBe("IntegrationError");
      expect(`${error.message} ${error.operation} ${JSON.stringify(error)}`).not.toMatch(/[0-9A-F]{8}-[0-9A-F]{4}/);
    }
    logger.info({ credentials: service.credentials, api_id: service.credentials.apiId }, "connection saved");
    expect(logLines.join("")).not.toContain(service.credentials.apiId);
  });

  it("reports a per-recipient rejection and an empty message", async () => {
    await expect(client().send("+79031234567", "  ")).rejects.toMatchObject({ code: "bad_request" });
    const poor = smsRuCredentialsSchema.parse(vendor.createAccount!(service.sandbox.ctx, { balance: 0 }).credentials);
    const error = await client(poor)
      .send("+79031234567", "code")
      .catch((e) => e);
    expect(error).toMatchObject({ code: "bad_request", field: "phone" });
    expect(error.message).toContain("Не хватает средств");
  });

  it("retries status reads on 5xx but sends only once", async () => {
    await expectReadRetriedButSendTriedOnce(service, "smsru", "503", "+79031234567", () => client(service.credentials, 3));
  });

  it("treats a malformed answer as a contract violation", async () => {
    service.sandbox.setFaults("malformed-shape:1");
    await expect(client().getBalance()).rejects.toMatchObject({ code: "contract_violation", field: "status" });
  });
});
