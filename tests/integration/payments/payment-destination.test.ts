import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import {
  destinationFixture,
  connectOwnersShop,
  disableAsOwner,
  organizationWithOwnerShop,
  payOnce,
  sandboxShop,
  yookassaConnections,
  type SandboxShop,
} from "./destination-fixture";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/**
 * Attack 6 of issue 12, "a manager can redirect the owner's payments": a manager disabled the
 * organisation's YooKassa connection and connected their own shop, and createPayment then used
 * the oldest active one. Here the manager replays each step through the real server actions
 * against the YooKassa sandbox over HTTP and a real database, and the owner's next payment is
 * followed to the shop that received it. What the owner chooses is in payment-destination-choice.
 */
const { h, session, app } = destinationFixture();

const credentialFields = (shop: SandboxShop) => ({
  "credentials.shopId": shop.credentials.shopId,
  "credentials.secretKey": shop.credentials.secretKey,
});

describe("a manager cannot redirect the owner's payments", () => {
  it("refuses the manager's connect, re-key, disable, enable, delete and choose; the owner's next payment reaches the owner's shop", async () => {
    const org = await organizationWithOwnerShop();
    const managerShop = await sandboxShop();
    const ref = { organizationId: org.organizationId, connectionId: org.ownerConnectionId };
    session.signInAs(org.managerId);

    // Step 1 of the attack: connect their own shop.
    const connect = await app.createConnection(
      null,
      session.formOf({ organizationId: org.organizationId, provider: "yookassa", name: "Мой магазин", ...credentialFields(managerShop) }),
    );
    expect(connect).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    // Refused before the live check: the sandbox never saw the manager's key.
    expect(h.vendor.payments.countsFor(managerShop.shopId).payments).toBe(0);

    // Step 2: switch the owner's connection off (or onto the manager's keys, or delete it).
    expect(await app.disableConnection(null, session.formOf(ref))).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect(await app.updateCredentials(null, session.formOf({ ...ref, ...credentialFields(managerShop) }))).toMatchObject({
      ok: false,
      code: "forbidden",
      status: 403,
    });
    expect(await app.deleteConnection(null, session.formOf(ref))).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect(await app.chooseDestination(null, session.formOf(ref))).toMatchObject({ ok: false, code: "forbidden", status: 403 });

    expect(await yookassaConnections(org.organizationId)).toEqual([
      { id: org.ownerConnectionId, accountKey: org.ownerShop.shopId, status: "active" },
    ]);
    expect(await app.destination.getPaymentDestination({ db: h.db, organizationId: org.organizationId })).toMatchObject({
      connectionId: org.ownerConnectionId,
      shopId: org.ownerShop.shopId,
    });

    const payment = await payOnce(org.organizationId);
    expect(payment.providerId).toBeTruthy();
    expect(h.vendor.payments.countsFor(org.ownerShop.shopId).payments).toBe(1);
    expect(h.vendor.payments.countsFor(managerShop.shopId).payments).toBe(0);
  });

  it("refuses the manager's enable of a shop the owner switched off", async () => {
    const org = await organizationWithOwnerShop();
    const { connection } = await connectOwnersShop(org.organizationId);
    await disableAsOwner(org.organizationId, connection.id);
    session.signInAs(org.managerId);
    const enable = await app.enableConnection(null, session.formOf({ organizationId: org.organizationId, connectionId: connection.id }));
    expect(enable).toMatchObject({ ok: false, code: "forbidden", status: 403 });
    expect((await h.db.connection.findUniqueOrThrow({ where: { id: connection.id } })).status).toBe("disabled");
  });

  it("is refused by the data layer too, whoever calls it with a manager's role", async () => {
    const org = await organizationWithOwnerShop();
    const managerShop = await sandboxShop();
    const asManager = { db: h.db, organizationId: org.organizationId, actorRole: "manager" as const };
    const ref = { ...asManager, connectionId: org.ownerConnectionId };
    const forbidden = { code: "forbidden", status: 403 };

    await expect(
      app.connections.createConnection({ ...asManager, provider: "yookassa", credentials: managerShop.credentials }),
    ).rejects.toMatchObject(forbidden);
    await expect(app.connections.setConnectionStatus({ ...ref, status: "disabled" })).rejects.toMatchObject(forbidden);
    await expect(
      app.connections.updateConnectionCredentials({ ...ref, credentials: managerShop.credentials, check: { ok: true, latencyMs: 1 } }),
    ).rejects.toMatchObject(forbidden);
    await expect(app.connections.deleteConnection(ref)).rejects.toMatchObject(forbidden);
    await expect(app.destination.choosePaymentDestination(ref)).rejects.toMatchObject(forbidden);
    expect(await yookassaConnections(org.organizationId)).toEqual([
      { id: org.ownerConnectionId, accountKey: org.ownerShop.shopId, status: "active" },
    ]);
  });

  it("still lets a manager disable a marketplace connection: only payment connections are the owner's", async () => {
    const org = await organizationWithOwnerShop();
    const marketplace = await h.db.connection.create({
      data: {
        organizationId: org.organizationId,
        provider: "ozon",
        name: "Ozon",
        accountKey: `ozon-${randomUUID()}`,
        credentialsEncrypted: "v1.test",
        credentialsHint: {},
      },
    });
    session.signInAs(org.managerId);
    const result = await app.disableConnection(null, session.formOf({ organizationId: org.organizationId, connectionId: marketplace.id }));
    expect(result).toMatchObject({ ok: true });
    expect((await h.db.connection.findUniqueOrThrow({ where: { id: marketplace.id } })).status).toBe("disabled");
  });
});
