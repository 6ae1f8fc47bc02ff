import { Prisma } from "@/lib/generated/prisma/client";
import { containsPattern } from "@/lib/data/products/offer-search-sql";
import type { ProductsListParams } from "@/lib/validations/products";

/** The SQL of the products list: a whitelist maps sort names to columns, never user text. */
export type ProductsFilter = Pick<ProductsListParams, "q" | "marketplace" | "archived">;

const SORT_COLUMNS: Record<ProductsListParams["sort"], string> = {
  name: `p.name`,
  offerId: `p."offerId"`,
  price: `p.price`,
  updatedAt: `p."updatedAt"`,
};

export function productsWhereSql(organizationId: string, filter: ProductsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`p."organizationId" = ${organizationId}`];
  if (filter.marketplace) parts.push(Prisma.sql`p.marketplace = ${filter.marketplace}::"Marketplace"`);
  if (filter.archived !== "all") parts.push(Prisma.sql`p.archived = ${filter.archived === "archived"}`);
  if (filter.q) {
    parts.push(
      Prisma.sql`(p."offerId" = ${filter.q} OR p."externalId" = ${filter.q} OR p.sku = ${filter.q} OR p.barcode = ${filter.q} OR p.name ILIKE ${containsPattern(filter.q)})`,
    );
  }
  return Prisma.join(parts, " AND ");
}

export const PRODUCT_COLUMNS = Prisma.raw(`p.id::text AS id, p.marketplace::text AS marketplace, p."externalId", p."offerId", p.sku, p.name,
  p.brand, p.category, p.barcode, p.price::text AS price, p.archived, p."updatedAt"`);

export function productsPageSql(
  organizationId: string,
  params: ProductsListParams,
  page = { limit: params.pageSize, offset: (params.page - 1) * params.pageSize },
): Prisma.Sql {
  const dir = Prisma.raw(params.dir === "asc" ? "ASC" : "DESC");
  return Prisma.sql`SELECT ${PRODUCT_COLUMNS} FROM "Product" p WHERE ${productsWhereSql(organizationId, params)}
    ORDER BY ${Prisma.raw(SORT_COLUMNS[params.sort])} ${dir} NULLS LAST, p.id ${dir}
    LIMIT ${page.limit} OFFSET ${page.offset}`;
}

export function productsCountSql(organizationId: string, filter: ProductsFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS count FROM "Product" p WHERE ${productsWhereSql(organizationId, filter)}`;
}
