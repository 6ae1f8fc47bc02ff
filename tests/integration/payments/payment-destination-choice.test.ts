import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import messages from "@/lib/i18n/messages/ru.json";
import { destinationFixture, connectOwnersShop, disableAsOwner, organizationWithOwnerShop, payOnce } from "./destination-fixture";

vi.mock("@/lib/auth/auth", async () => (await import("../actions/harness")).fakeAuthModule());
vi.mock("next-intl/server", async () => (await import("../actions/harness")).fakeIntlModule());
vi.mock("@/lib/db", async () => (await import("../actions/harness")).testDatabaseModule());
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

/**
 * The other half of attack 6 of issue 12 (the manager's half is in payment-destination): a
 * payment goes to the shop the owner chose and never falls back to another active one, is
 * refused while that shop is off or gone, and the billing page names the shop without a secret.
 */
const { h, session, app } = destinationFixture();

const conflictText = (reason: string) => messages.errors.conflict.match(new RegExp(`${reason} \\{([^}]*)\\}`))![1];

describe("payments go to the shop the owner chose, never to a fallback", () => {
  it("goes to the chosen shop even when an older active YooKassa connection exists", async () => {
    const shop = await h.organizationWithShop();
    // A second active shop, older than the chosen one: what the old "oldest active" rule picked.
    const { shop: other, connection } = await connectOwnersShop(shop.organizationId);
    await h.db.connection.update({ where: { id: connection.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });

    await payOnce(shop.organizationId);
    expect(h.vendor.payments.countsFor(shop.shopId).payments).toBe(1);
    expect(h.vendor.payments.countsFor(other.shopId).payments).toBe(0);
  });

  it("refuses payments while the chosen shop is disabled or deleted, and resumes once the owner chooses another", async () => {
    const org = await organizationWithOwnerShop();
    const { shop: second, connection } = await connectOwnersShop(org.organizationId);
    await disableAsOwner(org.organizationId, org.ownerConnectionId);

    await expect(payOnce(org.organizationId)).rejects.toMatchObject({ code: "conflict", params: { reason: "paymentDestinationDisabled" } });
    session.signInAs(org.ownerId);
    const form = { organizationId: org.organizationId, amount: "100", description: "Подписка", requestId: randomUUID() };
    const refused = await app.createPayment(null, session.formOf(form));
    expect(refused).toMatchObject({ ok: false, code: "conflict", formError: conflictText("paymentDestinationDisabled") });

    await app.connections.deleteConnection({
      db: h.db,
      organizationId: org.organizationId,
      connectionId: org.ownerConnectionId,
      actorRole: "owner",
    });
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

    const { connection } = await connectOwnersShop(org.organizationId);
    await disableAsOwner(org.organizationId, connection.id);
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
