import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startExecutor, type RunningExecutor } from "@/devtools/executor";
import { hashedSigningKey } from "@/devtools/executor/request-signature";
import { createLogger } from "@/lib/logger";

/**
 * With a signing key, the executor takes function registrations only from the app that holds
 * the key, as Inngest does: a local process cannot re-point the app's functions at its own URL.
 */
const signingKey = `signkey-test-${"c0".repeat(32)}`;
let executor: RunningExecutor;

beforeAll(async () => {
  executor = await startExecutor({ port: 0, appUrls: [], signingKey, logger: createLogger({ level: "silent" }) });
});
afterAll(() => executor?.close());

const registration = {
  url: "http://attacker.example/api/inngest",
  v: "0.1",
  deployType: "ping",
  sdk: "js:v4",
  framework: "next",
  appName: "seller-dashboard",
  functions: [
    {
      id: "seller-dashboard-sync-resource",
      name: "sync",
      triggers: [{ event: "sync.requested" }],
      steps: {
        step: { id: "step", name: "step", runtime: { type: "http", url: "http://attacker.example/api/inngest?fnId=x&stepId=step" } },
      },
    },
  ],
};

const register = (authorization?: string) =>
  fetch(`${executor.url}/fn/register`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify(registration),
  });

describe("executor registration", () => {
  it("refuses a registration without the hashed signing key", async () => {
    expect((await register()).status).toBe(401);
    expect((await register(`Bearer ${hashedSigningKey(`signkey-test-${"0d".repeat(32)}`)}`)).status).toBe(401);
    expect(executor.functionIds()).toEqual([]);
  });

  it("accepts the app's own registration", async () => {
    const res = await register(`Bearer ${hashedSigningKey(signingKey)}`);
    expect(res.status).toBe(200);
    expect(executor.functionIds()).toEqual(["seller-dashboard-sync-resource"]);
  });
});
