import { z } from "@/lib/validations/zod";
import { keysetListUrl } from "@/lib/validations/keyset-list-params";

/** The orders list's URL: the keyset-list URL with `status=`, sorted by orderedAt or amount. */
export const orderSortColumns = ["orderedAt", "amount"] as const;
export type OrderSortColumn = (typeof orderSortColumns)[number];

/** Statuses the filter offers; the sync stores vendor statuses as they come (WB: ordered/cancelled). */
export const knownOrderStatuses = ["ordered", "awaiting_packaging", "awaiting_deliver", "delivering", "delivered", "cancelled"] as const;

export const orderStatusParam = z
  .string()
  .regex(/^[a-z_]{1,40}$/)
  .optional()
  .catch(undefined);

const ordersUrl = keysetListUrl({ sorts: orderSortColumns, filters: { status: orderStatusParam } });

export type OrdersListParams = ReturnType<typeof ordersUrl.parse>;
export const parseOrdersParams = ordersUrl.parse;
export const ordersFilterParams = ordersUrl.filterParams;
