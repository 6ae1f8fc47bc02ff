import { describe, expect, it } from "vitest";
import { sandboxForFile } from "@/tests/support/service-sandbox";
import { createDadataSandbox } from "@/devtools/sandbox/dadata";
import { partyByInn, partyCatalogue } from "@/devtools/sandbox/dadata/companies";
import { innCheckDigits, isValidInn } from "@/lib/validations/inn";

const vendor = createDadataSandbox();
const sandbox = sandboxForFile(vendor);

describe("DaData sandbox", () => {
  it("derives consistent registry data from the INN", () => {
    const inn = `660012345${innCheckDigits("660012345")}`;
    const party = partyByInn(inn)!;
    expect(party.data.kpp?.slice(0, 4)).toBe(inn.slice(0, 4));
    expect(party.data.address.value).toContain("Екатеринбург");
    // OGRN's last digit: the first 12 digits mod 11, mod 10.
    expect(Number(BigInt(party.data.ogrn.slice(0, 12)) % 11n) % 10).toBe(Number(party.data.ogrn[12]));
    expect(partyByInn(`000012345${innCheckDigits("000012345")}`)).toBeNull();
    const catalogue = partyCatalogue(42, 50);
    expect(catalogue).toHaveLength(50);
    expect(catalogue.every((p) => isValidInn(p.data.inn))).toBe(true);
  });

  it("requires the token on suggestions and the token plus X-Secret on the cleaner", async () => {
    const { apiKey, secretKey } = vendor.demoAccounts(sandbox.ctx)[0].credentials;
    const post = (path: string, headers: Record<string, string>, body: unknown) =>
      fetch(`${sandbox.url}/dadata${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(body),
      });

    const anonymous = await post("/suggestions/findById/party", {}, { query: "7707083893" });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ family: "CLIENT_ERROR", reason: "Unauthorized" });
    const found = await post("/suggestions/findById/party", { authorization: `Token ${apiKey}` }, { query: "7707083893" });
    expect((await found.json()).suggestions[0].data.inn).toBe("7707083893");
    const unknown = await post("/suggestions/findById/party", { authorization: `Token ${apiKey}` }, { query: "1234567890" });
    expect(await unknown.json()).toEqual({ suggestions: [] });

    expect((await post("/cleaner/clean/address", { authorization: `Token ${apiKey}` }, ["мск"])).status).toBe(401);
    const cleaned = await post("/cleaner/clean/address", { authorization: `Token ${apiKey}`, "x-secret": secretKey }, ["спб невский"]);
    expect(cleaned.status).toBe(200);
    expect(await cleaned.json()).toEqual([expect.objectContaining({ source: "спб невский", qc: 2, result: null })]);
  });
});
