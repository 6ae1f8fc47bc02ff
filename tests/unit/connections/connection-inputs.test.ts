import { describe, expect, it } from "vitest";
import {
  adminHealthFilterSchema,
  createConnectionSchema,
  syncNowSchema,
  syncRunsQuerySchema,
  syncsFilterSchema,
} from "@/lib/validations/connections";
import { toFieldMeta } from "@/components/connections/credential-field-meta";
import { requestStarted } from "@/components/syncs/use-sync-runs";
import { isActiveRun, type SyncRunDto } from "@/lib/connections/sync-run-dto";
import { ozonCredentialFields } from "@/lib/integrations/ozon/credentials";
import { wildberriesCredentialFields } from "@/lib/integrations/wildberries/credentials";
import { translatorFor } from "../../support/catalogue";

describe("connection action input", () => {
  it("needs an organisation, a provider id and a known resource to sync", () => {
    expect(createConnectionSchema.safeParse({ organizationId: "org1", provider: "wildberries", name: "" }).data).toEqual({
      organizationId: "org1",
      provider: "wildberries",
      name: undefined,
    });
    expect(createConnectionSchema.safeParse({ organizationId: "", provider: "wildberries" }).success).toBe(false);
    expect(createConnectionSchema.safeParse({ organizationId: "o", provider: "../etc" }).success).toBe(false);
    expect(syncNowSchema.safeParse({ organizationId: "o", connectionId: "c", resource: "orders" }).success).toBe(true);
    expect(syncNowSchema.safeParse({ organizationId: "o", connectionId: "c", resource: "all" }).success).toBe(true);
    expect(syncNowSchema.safeParse({ organizationId: "o", connectionId: "c", resource: "payments" }).success).toBe(false);
  });
});

describe("URL filters", () => {
  it("ignore unknown values instead of failing the page", () => {
    expect(syncsFilterSchema.parse({ status: "failed", resource: "nope", connection: "c1" })).toEqual({
      status: "failed",
      resource: undefined,
      connection: "c1",
    });
    expect(syncsFilterSchema.parse({ connection: "'; drop table" })).toEqual({
      status: undefined,
      resource: undefined,
      connection: undefined,
    });
    expect(adminHealthFilterSchema.parse({ state: "auth_failed", provider: "ozon", q: "  Демо  ", page: "3" })).toEqual({
      state: "auth_failed",
      provider: "ozon",
      q: "Демо",
      page: 3,
    });
    expect(adminHealthFilterSchema.parse({ state: "broken", page: "-1" })).toMatchObject({ state: undefined, page: 1 });
    expect(adminHealthFilterSchema.parse({}).page).toBe(1);
  });

  it("parse the poll's since and cap its size", () => {
    const parsed = syncRunsQuerySchema.parse({ connectionId: "c1", since: "2026-03-05T11:05:00.000Z", take: "1000" });
    expect(parsed.since?.toISOString()).toBe("2026-03-05T11:05:00.000Z");
    expect(parsed.take).toBe(20);
    expect(syncRunsQuerySchema.parse({ since: "yesterday" }).since).toBeUndefined();
  });
});

describe("registry fields in the browser form", () => {
  it("never prefill a secret, and prefill a non-secret field from its unmasked hint", () => {
    const ozon = toFieldMeta(ozonCredentialFields, translatorFor("en"), { clientId: "123456", apiKey: "••••abcd" });
    expect(ozon.find((f) => f.key === "clientId")).toMatchObject({ label: "Client-Id", secret: false, defaultValue: "123456" });
    expect(ozon.find((f) => f.key === "apiKey")).toMatchObject({ label: "API key", secret: true, defaultValue: undefined });
    const wb = toFieldMeta(wildberriesCredentialFields, translatorFor("ru"), { token: "••••a1b2" });
    expect(wb[0]).toMatchObject({ key: "token", label: "Токен API", kind: "textarea", defaultValue: undefined });
  });
});

describe("Sync now's wait for its runs", () => {
  const run = (resource: string, queuedAt: string, status: SyncRunDto["status"] = "running") =>
    ({ resource, queuedAt, status }) as SyncRunDto;

  it("has started once every requested resource has a run queued since the request", () => {
    const request = { requestedAt: "2026-03-05T11:00:00.000Z", resources: ["orders", "sales"] };
    expect(requestStarted(request, [run("orders", "2026-03-05T11:00:01.000Z")])).toBe(false);
    expect(requestStarted(request, [run("orders", "2026-03-05T11:00:01.000Z"), run("sales", "2026-03-05T10:59:00.000Z")])).toBe(false);
    expect(
      requestStarted(request, [run("orders", "2026-03-05T11:00:01.000Z"), run("sales", "2026-03-05T11:00:02.000Z", "succeeded")]),
    ).toBe(true);
  });

  it("counts queued and running runs as active", () => {
    expect(["queued", "running", "succeeded", "failed", "cancelled"].map((status) => isActiveRun({ status } as SyncRunDto))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
