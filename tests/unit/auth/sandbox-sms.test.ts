import { describe, expect, it } from "vitest";
import { sandboxDemoCredentials, sandboxRootOf } from "@/lib/auth/platform/sandbox-accounts";
import { createSmsAeroClient } from "@/lib/integrations/smsaero/client";
import { smsAeroCredentialsSchema } from "@/lib/integrations/smsaero/credentials";
import { sandboxForFile } from "@/tests/support/service-sandbox";
import { createSmsInbox } from "@/devtools/sandbox/sms-inbox";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";

const sandboxLog: string[] = [];
const vendor = createSmsAeroSandbox({ inbox: createSmsInbox({ log: (line) => sandboxLog.push(line) }) });
const sandbox = sandboxForFile(vendor);

describe("login SMS in sandbox mode", () => {
  it("finds the sandbox behind SMSAERO_API_URL and only there", () => {
    expect(sandboxRootOf(`${sandbox.url}/smsaero`, "/smsaero")).toBe(sandbox.url);
    expect(sandboxRootOf(`${sandbox.url}/smsaero/`, "/smsaero")).toBe(sandbox.url);
    expect(sandboxRootOf("https://gate.smsaero.ru/v2", "/smsaero")).toBeNull();
  });

  it("sends through the SMS Aero sandbox with its demo account; the sandbox logs the text", async () => {
    const demo = await sandboxDemoCredentials(sandbox.url, "smsaero");
    const client = createSmsAeroClient(smsAeroCredentialsSchema.parse(demo), { baseUrl: `${sandbox.url}/smsaero`, maxAttempts: 1 });
    await client.send("+79123450001", "482913 — код для входа");
    const inbox = await fetch(`${sandbox.url}/smsaero/__messages?phone=%2B79123450001`).then((r) => r.json());
    expect(inbox[0]).toMatchObject({ phone: "+79123450001", text: "482913 — код для входа" });
    expect(sandboxLog.at(-1)).toContain("[sandbox sms]");
    expect(sandboxLog.at(-1)).toContain("482913");
  });

  it("reports an unreachable sandbox as a dependency outage", async () => {
    await expect(sandboxDemoCredentials("http://127.0.0.1:9", "smsaero")).rejects.toMatchObject({ code: "dependency_unavailable" });
  });
});
