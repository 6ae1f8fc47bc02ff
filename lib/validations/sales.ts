import { z } from "@/lib/validations/zod";
import { keysetListUrl } from "@/lib/validations/keyset-list-params";

/** The sales list's URL: the keyset-list URL with `kind=sale|return`, sorted by soldAt or amount. */
export const saleSortColumns = ["soldAt", "amount"] as const;
export type SaleSortColumn = (typeof saleSortColumns)[number];
export const saleKinds = ["sale", "return"] as const;
export type SaleKindFilter = (typeof saleKinds)[number];

const salesUrl = keysetListUrl({
  sorts: saleSortColumns,
  filters: { kind: z.enum(saleKinds).optional().catch(undefined) },
});

export type SalesListParams = ReturnType<typeof salesUrl.parse>;
export const parseSalesParams = salesUrl.parse;
export const salesFilterParams = salesUrl.filterParams;
