import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * Bulk factories for marketplace rows. Each seller is a fresh organisation with one WB and one
 * Ozon connection, and every natural key carries a unique suffix, so tests run in parallel on
 * one database without resets. Rows go in with one createMany per call.
 */
export interface Seller {
  organizationId: string;
  connections: { wildberries: string; ozon: string };
}

type Mp = "wildberries" | "ozon";

export async function createSeller(db: Db, name = "Seller"): Promise<Seller> {
  const s = randomUUID().slice(0, 8);
  const org = await db.organization.create({ data: { slug: `seller-${s}`, name: `${name} ${s}` } });
  const connection = (provider: Mp) =>
    db.connection.create({
      data: {
        organizationId: org.id,
        provider,
        name: provider,
        accountKey: `${provider}-${s}`,
        credentialsEncrypted: "v1.test",
        credentialsHint: {},
      },
    });
  const [wb, ozon] = await Promise.all([connection("wildberries"), connection("ozon")]);
  return { organizationId: org.id, connections: { wildberries: wb.id, ozon: ozon.id } };
}

/** The tenant columns of a row: the seller's organisation and its connection to the row's marketplace (WB unless named). */
function ownedBy(seller: Seller, marketplace: Mp = "wildberries") {
  return { organizationId: seller.organizationId, connectionId: seller.connections[marketplace], marketplace };
}

let serial = 0;
const uniqueKey = (prefix: string) => `${prefix}-${randomUUID().slice(0, 12)}-${++serial}`;

export interface OrderSeed {
  marketplace?: Mp;
  externalId?: string;
  orderedAt: Date;
  status?: string;
  isCancelled?: boolean;
  offerId?: string | null;
  productName?: string | null;
  quantity?: number;
  amount: string;
}

export async function insertOrders(db: Db, seller: Seller, orders: OrderSeed[]): Promise<void> {
  await db.order.createMany({
    data: orders.map((o) => ({
      ...ownedBy(seller, o.marketplace),
      externalId: o.externalId ?? uniqueKey("order"),
      orderedAt: o.orderedAt,
      status: o.status ?? (o.isCancelled ? "cancelled" : "ordered"),
      isCancelled: o.isCancelled ?? false,
      offerId: o.offerId ?? null,
      productName: o.productName ?? null,
      quantity: o.quantity ?? 1,
      amount: o.amount,
    })),
  });
}

export interface SaleSeed {
  marketplace?: Mp;
  externalId?: string;
  orderExternalId?: string | null;
  kind?: "sale" | "return";
  soldAt: Date;
  offerId?: string | null;
  productName?: string | null;
  amount: string;
}

export async function insertSales(db: Db, seller: Seller, sales: SaleSeed[]): Promise<void> {
  await db.sale.createMany({
    data: sales.map((s) => ({
      ...ownedBy(seller, s.marketplace),
      externalId: s.externalId ?? uniqueKey("sale"),
      orderExternalId: s.orderExternalId ?? null,
      kind: s.kind ?? "sale",
      soldAt: s.soldAt,
      offerId: s.offerId ?? null,
      productName: s.productName ?? null,
      amount: s.amount,
    })),
  });
}

export interface ProductSeed {
  marketplace?: Mp;
  externalId?: string;
  offerId?: string;
  sku?: string | null;
  barcode?: string | null;
  name: string;
  price?: string | null;
  archived?: boolean;
}

export async function insertProducts(db: Db, seller: Seller, products: ProductSeed[]): Promise<void> {
  await db.product.createMany({
    data: products.map((p) => ({
      ...ownedBy(seller, p.marketplace),
      externalId: p.externalId ?? uniqueKey("ext"),
      offerId: p.offerId ?? uniqueKey("offer"),
      sku: p.sku ?? null,
      barcode: p.barcode ?? null,
      name: p.name,
      price: p.price ?? null,
      archived: p.archived ?? false,
    })),
  });
}

export interface StockSeed {
  marketplace?: Mp;
  itemKey?: string;
  warehouseKey?: string;
  offerId?: string | null;
  name?: string | null;
  quantity: number;
  reserved?: number;
}

export async function insertStocks(db: Db, seller: Seller, stocks: StockSeed[]): Promise<void> {
  await db.stock.createMany({
    data: stocks.map((s) => {
      const warehouseKey = s.warehouseKey ?? "wh-1";
      return {
        ...ownedBy(seller, s.marketplace),
        itemKey: s.itemKey ?? uniqueKey("item"),
        warehouseKey,
        warehouseName: `Склад ${warehouseKey}`,
        offerId: s.offerId ?? null,
        name: s.name ?? null,
        quantity: s.quantity,
        reserved: s.reserved ?? 0,
      };
    }),
  });
}
