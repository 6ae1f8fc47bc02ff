import { afterAll, beforeAll, beforeEach, expect } from "vitest";
import { resetCircuits } from "@/lib/integrations/core";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import type { SandboxVendor } from "@/devtools/sandbox/core/types";

export interface ServiceSandbox<Credentials> {
  /** The running sandbox (set once the file's `beforeAll` has run). */
  readonly sandbox: RunningSandbox;
  /** The vendor's demo account, parsed as the app parses stored credentials. */
  readonly credentials: Credentials;
}

/**
 * One vendor in a sandbox on a free port for the whole test file, on a manual clock, with its
 * demo credentials. Before each test the process-wide circuit breakers are reset and scripted
 * faults cleared, so a test that opens a circuit or injects 5xx answers does not leak into the next.
 */
export function serviceSandboxForFile<Credentials>(
  vendor: SandboxVendor,
  credentialsSchema: { parse(value: unknown): Credentials },
): ServiceSandbox<Credentials> {
  let sandbox: RunningSandbox | undefined;
  let credentials: Credentials | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, vendors: [vendor], clock: "manual" });
    credentials = credentialsSchema.parse(vendor.demoAccounts(sandbox.ctx)[0].credentials);
  });
  afterAll(() => sandbox?.close());
  beforeEach(() => {
    resetCircuits();
    sandbox!.setFaults("");
  });
  return {
    get sandbox() {
      if (!sandbox) throw new Error("the service sandbox starts in beforeAll");
      return sandbox;
    },
    get credentials() {
      return credentials!;
    },
  };
}

interface SmsGatewayClient {
  getBalance(): Promise<unknown>;
  send(phone: string, text: string): Promise<unknown>;
}

/**
 * Against a gateway answering `status` (5xx), a balance read is tried all three times and a send
 * only once, because a retried send could deliver the SMS twice. `client` must allow 3 attempts.
 */
export async function expectReadRetriedButSendTriedOnce(
  service: ServiceSandbox<unknown>,
  vendor: string,
  status: string,
  phone: string,
  client: () => SmsGatewayClient,
): Promise<void> {
  const hits = () => service.sandbox.stats()[vendor]?.[status] ?? 0;
  service.sandbox.setFaults(`${status}:1`);
  const before = hits();
  await expect(client().getBalance()).rejects.toMatchObject({ code: "vendor_unavailable" });
  const afterRead = hits();
  expect(afterRead - before).toBe(3);
  resetCircuits();
  await expect(client().send(phone, "code")).rejects.toMatchObject({ code: "vendor_unavailable" });
  expect(hits() - afterRead).toBe(1);
}

/**
 * One vendor in a sandbox on a free port, on the real clock, for the whole test file. The value
 * stands for the running sandbox and may be read once the file's `beforeAll` has run.
 */
export function sandboxForFile(vendor: SandboxVendor): RunningSandbox {
  let running: RunningSandbox | undefined;
  beforeAll(async () => {
    running = await startSandbox({ port: 0, vendors: [vendor] });
  });
  afterAll(() => running?.close());
  return new Proxy({} as RunningSandbox, {
    get(_, key) {
      if (!running) throw new Error("the sandbox starts in beforeAll");
      const value: unknown = Reflect.get(running, key);
      return typeof value === "function" ? value.bind(running) : value;
    },
  });
}
