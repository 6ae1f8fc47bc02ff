import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { startS3Sandbox, type S3Sandbox } from "@/devtools/sandbox/s3/server";
import { sandboxBaseUrls } from "@/devtools/sandbox";
import { createDadataSandbox } from "@/devtools/sandbox/dadata";
import { createSmsAeroSandbox } from "@/devtools/sandbox/smsaero";
import { createSmsRuSandbox } from "@/devtools/sandbox/smsru";
import { createYooKassaSandbox } from "@/devtools/sandbox/yookassa";
import { russianCheckText } from "../../../support/check-message-text";
import { inBothLanguages } from "../../../support/catalogue";

/**
 * The registry entries as the connections UI and health checks use them: discovered through
 * lib/integrations/all, parsing form input, checking live against the sandbox via the
 * configured base URLs, and masking secrets.
 */
const vendors = [createYooKassaSandbox(), createSmsAeroSandbox(), createSmsRuSandbox(), createDadataSandbox()];
let sandbox: RunningSandbox;
let s3: S3Sandbox;
let registry: typeof import("@/lib/integrations/all");

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, vendors });
  s3 = await startS3Sandbox({ port: 0 });
  for (const [name, url] of Object.entries(sandboxBaseUrls(sandbox.url, vendors))) vi.stubEnv(name, url);
  vi.stubEnv("S3_ENDPOINT", s3.endpoint);
  vi.resetModules(); // lib/env reads the environment once per module graph
  registry = await import("@/lib/integrations/all");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sandbox?.close();
  await s3?.close();
});

const demo = (id: string) => vendors.find((v) => v.id === id)!.demoAccounts(sandbox.ctx)[0].credentials;

describe("service integrations in the registry", () => {
  it("are all registered with metadata the connections UI needs", () => {
    const ids = registry.listIntegrations().map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining(["yookassa", "smsaero", "smsru", "dadata", "s3"]));
    expect(
      registry
        .listIntegrations({ category: "sms" })
        .map((d) => d.id)
        .sort(),
    ).toEqual(["smsaero", "smsru"]);
    expect(registry.getIntegration("yookassa").capabilities).toContain("payments:create");
    for (const id of ["yookassa", "smsaero", "smsru", "dadata", "s3"]) {
      const definition = registry.getIntegration(id);
      const d = { ...definition, name: inBothLanguages(definition.name), description: inBothLanguages(definition.description) };
      expect(d.name.ru && d.name.en && d.description.ru && d.icon).toBeTruthy();
      expect(d.credentialFields.some((f) => f.secret)).toBe(true);
    }
  });

  it("check() passes with the sandbox demo accounts and reports latency", async () => {
    const s3Credentials = {
      region: s3.credentials.region,
      bucket: s3.bucket,
      accessKeyId: s3.credentials.accessKeyId,
      secretAccessKey: s3.credentials.secretAccessKey,
    };
    const inputs: Record<string, unknown> = {
      yookassa: demo("yookassa"),
      smsaero: demo("smsaero"),
      smsru: demo("smsru"),
      dadata: demo("dadata"),
      s3: s3Credentials,
    };
    for (const [id, input] of Object.entries(inputs)) {
      const definition = registry.getIntegration(id);
      const result = await definition.check(definition.credentialsSchema.parse(input));
      expect(result, id).toMatchObject({ ok: true });
      expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  it("check() fails with auth_failed and a Russian explanation for wrong secrets", async () => {
    const wrong: Record<string, unknown> = {
      yookassa: { ...demo("yookassa"), secretKey: `test_${"A".repeat(43)}` },
      smsaero: { ...demo("smsaero"), apiKey: "B".repeat(32) },
      smsru: { apiId: "11111111-2222-3333-4444-555555555555" },
      dadata: { apiKey: "c".repeat(40) },
      s3: { region: "us-east-1", bucket: s3.bucket, accessKeyId: "NOPE", secretAccessKey: "nope" },
    };
    for (const [id, input] of Object.entries(wrong)) {
      const definition = registry.getIntegration(id);
      const result = await definition.check(definition.credentialsSchema.parse(input));
      expect(result.ok, id).toBe(false);
      expect(result.error?.code, id).toBe("auth_failed");
      expect(russianCheckText(id, result.message), id).toMatch(/[а-я]/);
    }
  });

  it("explains invalid form input in Russian and never echoes secrets when masking", () => {
    const yookassa = registry.getIntegration("yookassa");
    const parsed = yookassa.credentialsSchema.safeParse({ shopId: "abc", secretKey: "nope" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message).join(" ")).toMatch(/shopId.*ЮKassa|ЮKassa/);

    for (const id of ["yookassa", "smsaero", "smsru", "dadata"]) {
      const definition = registry.getIntegration(id);
      const credentials = definition.credentialsSchema.parse(demo(id)) as Record<string, string>;
      const masked = JSON.stringify(definition.maskCredentials(credentials));
      for (const field of definition.credentialFields.filter((f) => f.secret)) {
        expect(masked, `${id}.${field.key}`).not.toContain(credentials[field.key]);
        expect(masked).toContain("••••");
      }
    }
  });
});
