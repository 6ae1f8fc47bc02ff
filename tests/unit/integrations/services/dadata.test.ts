import { describe, expect, it } from "vitest";
import { resetCircuits } from "@/lib/integrations/core";
import { createDadataClient } from "@/lib/integrations/dadata/client";
import { dadataCredentialsSchema } from "@/lib/integrations/dadata/credentials";
import { createDadataSandbox } from "@/devtools/sandbox/dadata";
import { innCheckDigits } from "@/lib/validations/inn";
import { serviceSandboxForFile } from "@/tests/support/service-sandbox";

const vendor = createDadataSandbox();
const service = serviceSandboxForFile(vendor, dadataCredentialsSchema);
const client = (creds = service.credentials, maxAttempts = 3) =>
  createDadataClient(creds, {
    suggestionsUrl: `${service.sandbox.url}/dadata/suggestions`,
    cleanerUrl: `${service.sandbox.url}/dadata/cleaner`,
    maxAttempts,
  });

describe("DaData client against the sandbox", () => {
  it("finds the demo company by INN with the fields the organisation form fills in", async () => {
    const party = await client().findPartyByInn("7707083893");
    expect(party).toMatchObject({
      value: "ПАО СБЕРБАНК",
      data: { inn: "7707083893", kpp: "773601001", ogrn: "1027700132195", type: "LEGAL", state: { status: "ACTIVE" } },
    });
    expect(party?.data.name.full_with_opf).toContain("СБЕРБАНК РОССИИ");
    expect(party?.data.management?.name).toBe("Греф Герман Оскарович");
    expect(party?.data.address?.value).toContain("Вавилова");
  });

  it("gives any valid INN a stable company or sole proprietor, and nothing for invalid ones", async () => {
    const legalInn = `780112345${innCheckDigits("780112345")}`;
    const first = await client().findPartyByInn(legalInn);
    expect(first).toMatchObject({ data: { inn: legalInn, type: "LEGAL" } });
    expect(first?.data.kpp).toMatch(/^\d{9}$/);
    expect(await client().findPartyByInn(legalInn)).toEqual(first);

    const ipInn = `5001007322${innCheckDigits("5001007322")}`;
    const ip = await client().findPartyByInn(ipInn);
    expect(ip).toMatchObject({ data: { type: "INDIVIDUAL", kpp: null, management: null } });
    expect(ip?.value).toMatch(/^ИП /);
    expect(ip?.data.ogrn).toMatch(/^3\d{14}$/);

    expect(await client().findPartyByInn("7707083894")).toBeNull();
    expect(await client().findPartyByInn("123")).toBeNull();
  });

  it("suggests parties by name and addresses by words", async () => {
    const parties = await client().suggestParty("сбер", { count: 5 });
    expect(parties.map((p) => p.data.inn)).toContain("7707083893");
    const addresses = await client().suggestAddress("казань ленина", { count: 3 });
    expect(addresses).toHaveLength(3);
    for (const a of addresses) expect(a.value).toMatch(/Татарстан.*Казань.*Ленина/);
  });

  it("standardises an address with the secret key, and refuses without it", async () => {
    const clean = await client().cleanAddress("москва вавилова 19");
    expect(clean).toMatchObject({ source: "москва вавилова 19", qc: 0 });
    expect(clean.result).toContain("ул Вавилова, д 19");
    const wrongSecret = { ...service.credentials, secretKey: "0".repeat(40) };
    await expect(client(wrongSecret).cleanAddress("x")).rejects.toMatchObject({ code: "auth_failed" });
    await expect(client({ apiKey: service.credentials.apiKey }).cleanAddress("x")).rejects.toMatchObject({
      code: "bad_request",
      field: "secretKey",
    });
  });

  it("maps a bad key to auth_failed, retries 5xx on these read-only POSTs, and flags malformed answers", async () => {
    await expect(client({ apiKey: "f".repeat(40) }).findPartyByInn("7707083893")).rejects.toMatchObject({
      code: "auth_failed",
      status: 401,
    });

    service.sandbox.setFaults("502:1");
    const before = service.sandbox.stats().dadata?.["502"] ?? 0;
    await expect(client(service.credentials, 3).findPartyByInn("7707083893")).rejects.toMatchObject({ code: "vendor_unavailable" });
    expect((service.sandbox.stats().dadata?.["502"] ?? 0) - before).toBe(3);

    resetCircuits();
    service.sandbox.setFaults("malformed-shape:1");
    await expect(client().suggestParty("сбер")).rejects.toMatchObject({ code: "contract_violation", field: "suggestions" });
  });
});
