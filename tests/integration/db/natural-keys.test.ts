import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { testDb, uniqueSuffix } from "../../support/database";

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

async function makeConnection(provider: "wildberries" | "ozon") {
  const s = uniqueSuffix();
  const org = await db.organization.create({ data: { slug: `org-${s}`, name: `Org ${s}` } });
  const conn = await db.connection.create({
    data: { organizationId: org.id, provider, name: provider, accountKey: `acc-${s}`, credentialsEncrypted: "v1.x", credentialsHint: {} },
  });
  return { org, conn };
}

const order = (orgId: string, connId: string, externalId: string, lineKey = "") => ({
  organizationId: orgId,
  connectionId: connId,
  marketplace: "wildberries" as const,
  externalId,
  lineKey,
  orderedAt: new Date(),
  status: "new",
  amount: "1000.00",
});

describe("natural keys are unique per seller account", () => {
  it("rejects a second WB order with the same srid on the same connection", async () => {
    const { org, conn } = await makeConnection("wildberries");
    await db.order.create({ data: order(org.id, conn.id, "srid-1") });
    await expect(db.order.create({ data: order(org.id, conn.id, "srid-1") })).rejects.toMatchObject({ code: "P2002" });
  });

  it("allows the same srid on another connection (another seller)", async () => {
    const a = await makeConnection("wildberries");
    const b = await makeConnection("wildberries");
    await db.order.create({ data: order(a.org.id, a.conn.id, "srid-shared") });
    await expect(db.order.create({ data: order(b.org.id, b.conn.id, "srid-shared") })).resolves.toBeTruthy();
  });

  it("keys Ozon postings by posting_number + sku", async () => {
    const { org, conn } = await makeConnection("ozon");
    const base = { ...order(org.id, conn.id, "0123-0001-1"), marketplace: "ozon" as const };
    await db.order.create({ data: { ...base, lineKey: "sku-1" } });
    await db.order.create({ data: { ...base, lineKey: "sku-2" } });
    await expect(db.order.create({ data: { ...base, lineKey: "sku-1" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("keys WB sales by saleID, products by nmID and by vendor code", async () => {
    const { org, conn } = await makeConnection("wildberries");
    const sale = {
      organizationId: org.id,
      connectionId: conn.id,
      marketplace: "wildberries" as const,
      externalId: "S123",
      kind: "sale" as const,
      soldAt: new Date(),
      amount: "10",
    };
    await db.sale.create({ data: sale });
    await expect(db.sale.create({ data: sale })).rejects.toMatchObject({ code: "P2002" });

    const product = { organizationId: org.id, connectionId: conn.id, marketplace: "wildberries" as const, name: "Футболка" };
    await db.product.create({ data: { ...product, externalId: "111", offerId: "TS-1" } });
    await expect(db.product.create({ data: { ...product, externalId: "111", offerId: "TS-2" } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.product.create({ data: { ...product, externalId: "222", offerId: "TS-1" } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("connects one shop once per organisation", async () => {
    const { org, conn } = await makeConnection("wildberries");
    await expect(
      db.connection.create({
        data: {
          organizationId: org.id,
          provider: "wildberries",
          name: "again",
          accountKey: conn.accountKey,
          credentialsEncrypted: "v1.y",
          credentialsHint: {},
        },
      }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
