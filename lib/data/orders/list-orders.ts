import type { Db } from "@/lib/db/client";
import { ordersPageSql } from "@/lib/data/orders/orders-sql";
import { keysetPage, type KeysetPage } from "@/lib/data/keyset/keyset-page";
import type { OrdersListParams } from "@/lib/validations/orders";

export interface OrderRow {
  id: string;
  marketplace: "wildberries" | "ozon";
  externalId: string;
  lineKey: string;
  orderedAt: Date;
  status: string;
  isCancelled: boolean;
  fulfillment: string | null;
  offerId: string | null;
  sku: string | null;
  productExternalId: string | null;
  productName: string | null;
  brand: string | null;
  warehouseName: string | null;
  region: string | null;
  quantity: number;
  /** Decimal as Postgres prints it, e.g. "1234.50". */
  amount: string;
}

/** One keyset page of the organisation's orders matching the URL's filters. */
export async function listOrders(options: { db: Db; organizationId: string; params: OrdersListParams }): Promise<KeysetPage<OrderRow>> {
  const { db, organizationId, params } = options;
  const rows = await db.$queryRaw<OrderRow[]>(ordersPageSql(organizationId, params));
  return keysetPage(rows, params, (row) => (params.sort === "amount" ? row.amount : row.orderedAt.toISOString()));
}
