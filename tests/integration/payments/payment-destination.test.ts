import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import messages from "@/lib/i18n/messages/ru.json";
import { startPaymentsHarness, type PaymentsHarness } from "./harness";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/**
 * Attack 6 of issue 12, "a manager can redirect the owner's payments": a manager disabled the
 * organisation's YooKassa connection and connected their own shop, and createPayment then used
 * the oldest active one. Here the manager replays each step through the real server actions
 * against the YooKassa sandbox over HTTP and a real database, and the owner's next payment is
 * followed to the shop that received it.
 */
let h: PaymentsHarness;
let session: typeof import("../actions/harness");
let app: {
  createConnection: typeof import("@/lib/actions/connections/create-connection").createConnectionAction;
  updateCredentials: typeof import("@/lib/actions/connections/update-connection-credentials").updateConnectionCredentialsAction;
  disableConnection: typeof import("@/lib/actions/connections/disable-connection").disableConnectionAction;
  enableConnection: typeof import("@/lib/actions/connections/enable-connection").enableConnectionAction;
  deleteConnection: typeof import("@/lib/actions/connections/delete-connection").deleteConnectionAction;
  chooseDestination: typeof import("@/lib/actions/payments/choose-payment-destination").choosePaymentDestinationAction;
  createPaymentAction: typeof import("@/lib/actions/payments/create-payment").createPaymentAction;
  connections: typeof import("@/lib/data/connections/create-connection") &
    typeof import("@/lib/data/connections/set-connection-status") &
    typeof import("@/lib/data/connections/update-connection-credentials") &
    typeof import("@/lib/data/connections/delete-connection");
  destination: typeof import("@/lib/data/payments/payment-destination");
};

beforeAll(async () => {
  // The harness points the app at the sandbox before anything of the app reads lib/env.
  h = await startPaymentsHarness();
  session = await import("../actions/harness");
  app = {
    createConnection: (await import("@/lib/actions/connections/create-connection")).createConnectionAction,
    updateCredentials: (await import("@/lib/actions/connections/update-connection-credentials")).updateConnectionCredentialsAction,
    disableConnection: (await import("@/lib/actions/connections/disable-connection")).disableConnectionAction,
    enableConnection: (await import("@/lib/actions/connections/enable-connection")).enableConnectionAction,
    deleteConnection: (await import("@/lib/actions/connections/delete-connection")).deleteConnectionAction,
    chooseDestination: (await import("@/lib/actions/payments/choose-payment-destination")).choosePaymentDestinationAction,
    createPaymentAction: (await import("@/lib/actions/payments/create-payment")).createPaymentAction,
    connections: {
      ...(await import("@/lib/data/connections/create-connection")),
      ...(await import("@/lib/data/connections/set-connection-status")),
      ...(await import("@/lib/data/connections/update-connection-credentials")),
      ...(await import("@/lib/data/connections/delete-connection")),
    },
    destination: await import("@/lib/data/payments/payment-destination"),
  };
});
afterAll(() => h?.close());

type SandboxShop = { shopId: string; credentials: { shopId: string; secretKey: string } };

/** A fresh shop in the YooKassa sandbox: the owner's, or the one a manager opened for themselves. */
async function sandboxShop(): Promise<SandboxShop> {
  const res = await fetch(`${h.sandbox.url}/__sandbox/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ vendor: "yookassa" }),
  });
  if (res.status !== 201) throw new Error(`sandbox account: ${res.status}`);
  const account = (await res.json()) as { accountKey: string; credentials: SandboxShop["credentials"] };
  return { shopId: account.accountKey, credentials: account.credentials };
}

/** An organisation with an owner and a manager, and the owner's YooKassa shop connected by the owner. */
async function organizationWithOwnerShop() {
  const org = await session.organizationWith(h.db, ["manager"]);
  const ownerShop = await sandboxShop();
  const { connection } = await app.connections.createConnection({
    db: h.db,
    organizationId: org.organizationId,
    provider: "yookassa",
    credentials: ownerShop.credentials,
    name: "Магазин владельца",
    createdById: org.ownerId,
    actorRole: "owner",
  });
  return { ...org, managerId: org.members.manager!.userId, ownerShop, ownerConnectionId: connection.id };
}

function payOnce(organizationId: string) {
  return h.data.createPayment({
    db: h.db,
    organizationId,
    amount: "990.00",
    description: "Подписка",
    requestId: randomUUID(),
    returnUrl: h.returnUrl,
  });
}

const yookassaConnections = (organizationId: string) =>
  h.db.connection.findMany({ where: { organizationId, provider: "yookassa" }, select: { id: true, accountKey: true, status: true } });

const credentialFields = (shop: SandboxShop) => ({
  "credentials.shopId": shop.credentials.shopId,
  "credentials.secretKey": shop.credentials.secretKey,
});

const conflictText = (reason: string) => messages.errors.conflict.match(new RegExp(`${reason} \\{([^}]*)\\}`))![1];

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
    const spare = await sandboxShop();
    const { connection } = await app.connections.createConnection({
      db: h.db,
      organizationId: org.organizationId,
      provider: "yookassa",
      credentials: spare.credentials,
      actorRole: "owner",
    });
    await app.connections.setConnectionStatus({
      db: h.db,
      organizationId: org.organizationId,
      connectionId: connection.id,
      status: "disabled",
      actorRole: "owner",
    });
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

describe("payments go to the shop the owner chose, never to a fallback", () => {
  it("goes to the chosen shop even when an older active YooKassa connection exists", async () => {
    const shop = await h.organizationWithShop();
    // A second active shop, older than the chosen one: what the old "oldest active" rule picked.
    const other = await sandboxShop();
    const { connection } = await app.connections.createConnection({
      db: h.db,
      organizationId: shop.organizationId,
      provider: "yookassa",
      credentials: other.credentials,
    });
    await h.db.connection.update({ where: { id: connection.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });

    await payOnce(shop.organizationId);
    expect(h.vendor.payments.countsFor(shop.shopId).payments).toBe(1);
    expect(h.vendor.payments.countsFor(other.shopId).payments).toBe(0);
  });

  it("refuses payments while the chosen shop is disabled or deleted, and resumes once the owner chooses another", async () => {
    const org = await organizationWithOwnerShop();
    const second = await sandboxShop();
    const { connection } = await app.connections.createConnection({
      db: h.db,
      organizationId: org.organizationId,
      provider: "yookassa",
      credentials: second.credentials,
      actorRole: "owner",
    });
    const scope = { db: h.db, organizationId: org.organizationId };
    await app.connections.setConnectionStatus({ ...scope, connectionId: org.ownerConnectionId, status: "disabled", actorRole: "owner" });

    await expect(payOnce(org.organizationId)).rejects.toMatchObject({ code: "conflict", params: { reason: "paymentDestinationDisabled" } });
    session.signInAs(org.ownerId);
    const form = { organizationId: org.organizationId, amount: "100", description: "Подписка", requestId: randomUUID() };
    const refused = await app.createPaymentAction(null, session.formOf(form));
    expect(refused).toMatchObject({ ok: false, code: "conflict", formError: conflictText("paymentDestinationDisabled") });

    await app.connections.deleteConnection({ ...scope, connectionId: org.ownerConnectionId, actorRole: "owner" });
    await expect(payOnce(org.organizationId)).rejects.toMatchObject({ code: "conflict", params: { reason: "paymentDestinationMissing" } });
    expect(await h.db.payment.count({ where: { organizationId: org.organizationId } })).toBe(0);
    expect(h.vendor.payments.countsFor(second.shopId).payments).toBe(0);

    const chosen = await app.chooseDestination(null, session.formOf({ organizationId: org.organizationId, connectionId: connection.id }));
    expect(chosen).toMatchObject({ ok: true, destination: { connectionId: connection.id, shopId: second.shopId } });
    await payOnce(org.organizationId);
    expect(h.vendor.payments.countsFor(second.shopId).payments).toBe(1);
  });

  it("will not choose a disabled shop or another organisation's", async () => {
    const org = await organizationWithOwnerShop();
    const stranger = await h.organizationWithShop();
    session.signInAs(org.ownerId);
    const foreign = await app.chooseDestination(
      null,
      session.formOf({ organizationId: org.organizationId, connectionId: stranger.connectionId }),
    );
    expect(foreign).toMatchObject({ ok: false, code: "not_found", status: 404 });

    const spare = await sandboxShop();
    const scope = { db: h.db, organizationId: org.organizationId };
    const { connection } = await app.connections.createConnection({ ...scope, provider: "yookassa", credentials: spare.credentials });
    await app.connections.setConnectionStatus({ ...scope, connectionId: connection.id, status: "disabled", actorRole: "owner" });
    const disabled = await app.chooseDestination(null, session.formOf({ organizationId: org.organizationId, connectionId: connection.id }));
    expect(disabled).toMatchObject({ ok: false, code: "conflict", formError: conflictText("paymentDestinationDisabled") });
    expect((await app.destination.getPaymentDestination({ db: h.db, organizationId: org.organizationId }))?.connectionId).toBe(
      org.ownerConnectionId,
    );
  });
});

describe("the billing page's receiving shop", () => {
  it("names the shop and its shopId, and carries no secret", async () => {
    const org = await organizationWithOwnerShop();
    const destination = await app.destination.getPaymentDestination({ db: h.db, organizationId: org.organizationId });
    expect(destination).toEqual({
      connectionId: org.ownerConnectionId,
      name: "Магазин владельца",
      shopId: org.ownerShop.shopId,
      status: "active",
    });
    expect(JSON.stringify(destination)).not.toContain(org.ownerShop.credentials.secretKey);
  });
});
