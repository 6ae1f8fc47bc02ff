import "server-only";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";

const PROVIDER = "yookassa";

/** The shop that receives the organisation's payments, as the billing page shows it: no secret. */
export interface PaymentDestinationView {
  connectionId: string;
  name: string;
  /** YooKassa's shopId: printed in the shop's own dashboard, not a credential. */
  shopId: string;
  status: "active" | "disabled";
}

const destinationSelect = { id: true, name: true, accountKey: true, status: true } as const;

function toView(row: { id: string; name: string; accountKey: string; status: "active" | "disabled" }): PaymentDestinationView {
  return { connectionId: row.id, name: row.name, shopId: row.accountKey, status: row.status };
}

/** The owner's chosen shop, or null when none is chosen (never chosen, or the chosen one was deleted). */
export async function getPaymentDestination(options: { db: Db | Tx; organizationId: string }): Promise<PaymentDestinationView | null> {
  const org = await options.db.organization.findUnique({
    where: { id: options.organizationId },
    select: { paymentConnection: { select: { ...destinationSelect, organizationId: true, provider: true } } },
  });
  const shop = org?.paymentConnection;
  // The foreign key cannot say "of this organisation": a row pointing elsewhere counts as no choice.
  if (!shop || shop.organizationId !== options.organizationId || shop.provider !== PROVIDER) return null;
  return toView(shop);
}

/**
 * The destination the payment code sends money to. Refuses rather than falls back: a missing or
 * disabled destination is the owner's to fix, and any other shop could be someone else's.
 */
export async function requirePaymentDestination(options: { db: Db; organizationId: string }): Promise<PaymentDestinationView> {
  const destination = await getPaymentDestination(options);
  if (!destination) {
    const shops = await options.db.connection.count({ where: { organizationId: options.organizationId, provider: PROVIDER } });
    // A page offers to connect YooKassa on noYooKassa; with shops connected, the owner picks one.
    const reason = shops === 0 ? "noYooKassa" : "paymentDestinationMissing";
    throw new AppError("conflict", "no payment destination chosen", { params: { reason } });
  }
  if (destination.status !== "active")
    throw new AppError("conflict", "the payment destination is disabled", { params: { reason: "paymentDestinationDisabled" } });
  return destination;
}

/** Owner only: payments go to this YooKassa shop of the organisation from now on. */
export async function choosePaymentDestination(options: {
  db: Db;
  organizationId: string;
  connectionId: string;
  actorRole: Role;
}): Promise<PaymentDestinationView> {
  assertMayManageConnection({ provider: PROVIDER, actorRole: options.actorRole });
  const { db, organizationId } = options;
  const shop = await db.connection.findFirst({
    where: { id: options.connectionId, organizationId, provider: PROVIDER },
    select: destinationSelect,
  });
  if (!shop) throw new ConnectionError("not_found", "YooKassa connection not found");
  if (shop.status !== "active")
    throw new AppError("conflict", "a disabled shop cannot receive payments", { params: { reason: "paymentDestinationDisabled" } });
  await db.organization.update({ where: { id: organizationId }, data: { paymentConnectionId: shop.id } });
  return toView(shop);
}

/**
 * The first payment shop an organisation connects becomes its destination (only an owner or an
 * operator can connect one); a later one changes nothing until the owner chooses it.
 */
export async function adoptPaymentDestinationIfUnset(options: {
  db: Db | Tx;
  organizationId: string;
  connectionId: string;
}): Promise<void> {
  await options.db.organization.updateMany({
    where: { id: options.organizationId, paymentConnectionId: null },
    data: { paymentConnectionId: options.connectionId },
  });
}
