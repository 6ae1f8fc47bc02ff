import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { startPaymentsHarness, type PaymentsHarness } from "./harness";

/**
 * Where an organisation's payments go (attack 6 of issue 12): the YooKassa sandbox over HTTP and a
 * real database (the payments harness), the real server actions, and the connections' data layer.
 * One fixture a test file: the file itself mocks what Next.js provides per request, with the
 * stand-ins of ../actions/harness, since vi.mock only works in the test file.
 */
const load = async (session: typeof import("../actions/harness")) => ({
  ...(await session.importActions("createConnection", "disableConnection", "deleteConnection")),
  updateCredentials: (await import("@/lib/actions/connections/update-connection-credentials")).updateConnectionCredentialsAction,
  enableConnection: (await import("@/lib/actions/connections/enable-connection")).enableConnectionAction,
  chooseDestination: (await import("@/lib/actions/payments/choose-payment-destination")).choosePaymentDestinationAction,
  createPayment: (await import("@/lib/actions/payments/create-payment")).createPaymentAction,
  connections: {
    ...(await import("@/lib/data/connections/create-connection")),
    ...(await import("@/lib/data/connections/set-connection-status")),
    ...(await import("@/lib/data/connections/update-connection-credentials")),
    ...(await import("@/lib/data/connections/delete-connection")),
  },
  destination: await import("@/lib/data/payments/payment-destination"),
});

// Filled in before the file's first test; the helpers below read them then, never at import.
const h = {} as PaymentsHarness;
const session = {} as typeof import("../actions/harness");
const app = {} as Awaited<ReturnType<typeof load>>;

/** Starts the sandbox and loads the app for this test file's tests; stops them after. */
export function destinationFixture() {
  beforeAll(async () => {
    // The harness points the app at the sandbox before anything of the app reads lib/env.
    Object.assign(h, await startPaymentsHarness());
    Object.assign(session, await import("../actions/harness"));
    Object.assign(app, await load(session));
  });
  afterAll(() => h.close?.());
  return { h, session, app };
}

export type SandboxShop = { shopId: string; credentials: { shopId: string; secretKey: string } };

/** A fresh shop in the YooKassa sandbox: the owner's, or the one a manager opened for themselves. */
export async function sandboxShop(): Promise<SandboxShop> {
  const res = await fetch(`${h.sandbox.url}/__sandbox/accounts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ vendor: "yookassa" }),
  });
  if (res.status !== 201) throw new Error(`sandbox account: ${res.status}`);
  const account = (await res.json()) as { accountKey: string; credentials: SandboxShop["credentials"] };
  return { shopId: account.accountKey, credentials: account.credentials };
}

/** A fresh sandbox shop that the organisation's owner connects (so it starts active). */
export async function connectOwnersShop(organizationId: string, more: { name?: string; createdById?: string } = {}) {
  const shop = await sandboxShop();
  const { connection } = await app.connections.createConnection({
    db: h.db,
    organizationId,
    provider: "yookassa",
    credentials: shop.credentials,
    actorRole: "owner",
    ...more,
  });
  return { shop, connection };
}

/** The owner switches a connection off, as from the connection's page. */
export const disableAsOwner = (organizationId: string, connectionId: string) =>
  app.connections.setConnectionStatus({ db: h.db, organizationId, connectionId, status: "disabled", actorRole: "owner" });

/** An organisation with an owner and a manager, and the owner's YooKassa shop connected by the owner. */
export async function organizationWithOwnerShop() {
  const org = await session.organizationWith(h.db, ["manager"]);
  const { shop: ownerShop, connection } = await connectOwnersShop(org.organizationId, {
    name: "Магазин владельца",
    createdById: org.ownerId,
  });
  return { ...org, managerId: org.members.manager!.userId, ownerShop, ownerConnectionId: connection.id };
}

/** One payment of the organisation, through the data layer: no one need be signed in. */
export function payOnce(organizationId: string) {
  return h.data.createPayment({
    db: h.db,
    organizationId,
    amount: "990.00",
    description: "Подписка",
    requestId: randomUUID(),
    returnUrl: h.returnUrl,
  });
}

export const yookassaConnections = (organizationId: string) =>
  h.db.connection.findMany({ where: { organizationId, provider: "yookassa" }, select: { id: true, accountKey: true, status: true } });
