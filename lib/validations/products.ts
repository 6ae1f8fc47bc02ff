import { z } from "@/lib/validations/zod";
import { offsetListUrl, type OffsetListParams } from "@/lib/validations/offset-list-params";

/** The products list's URL: the catalogue-list URL with `archived=active|archived|all`. */
export const productSortColumns = ["name", "offerId", "price", "updatedAt"] as const;
export type ProductSortColumn = (typeof productSortColumns)[number];
export const archivedFilters = ["active", "archived", "all"] as const;

const productsUrl = offsetListUrl({
  sorts: productSortColumns,
  defaultDir: "asc",
  filters: { archived: z.enum(archivedFilters).catch("active") },
});

export interface ProductsListParams extends OffsetListParams<ProductSortColumn> {
  archived: (typeof archivedFilters)[number];
}

export function parseProductsParams(input: Parameters<typeof productsUrl.parse>[0]): ProductsListParams {
  const { filters, ...params } = productsUrl.parse(input);
  return { ...params, archived: filters.archived };
}

export function productsFilterParams(params: ProductsListParams): Record<string, string> {
  return productsUrl.filterParams(params, { archived: params.archived });
}
