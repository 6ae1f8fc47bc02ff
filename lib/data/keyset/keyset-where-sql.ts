import { Prisma } from "@/lib/generated/prisma/client";
import { externalIdMatchSql, matchingOfferIdsSql } from "@/lib/data/products/offer-search-sql";
import type { KeysetTable } from "@/lib/data/keyset/keyset-sql";
import type { KeysetListParams } from "@/lib/validations/keyset-list-params";

export type KeysetFilter = Pick<KeysetListParams<string>, "q" | "marketplace" | "range">;

/**
 * The WHERE of a keyset list: the tenant first (the leading column of every index), the
 * marketplace, the list's own condition, the period on its time column, and a search that
 * matches the line's number, any `alsoMatches` column, or the article of a matching product.
 */
export function keysetWhereSql(
  table: KeysetTable,
  organizationId: string,
  filter: KeysetFilter,
  own: { condition?: Prisma.Sql; alsoMatches?: string },
): Prisma.Sql {
  const a = table.alias;
  const column = (name: string) => Prisma.raw(`${a}.${name}`);
  const parts: Prisma.Sql[] = [Prisma.sql`${column(`"organizationId"`)} = ${organizationId}`];
  if (filter.marketplace) parts.push(Prisma.sql`${column("marketplace")} = ${filter.marketplace}::"Marketplace"`);
  if (own.condition) parts.push(own.condition);
  if (filter.range) {
    const time = column(table.timeColumn);
    parts.push(Prisma.sql`${time} >= ${filter.range.start} AND ${time} < ${filter.range.end}`);
  }
  if (filter.q) {
    const also = own.alsoMatches ? Prisma.sql` OR ${column(own.alsoMatches)} = ${filter.q}` : Prisma.empty;
    const offers = matchingOfferIdsSql(organizationId, filter.q);
    parts.push(Prisma.sql`(${externalIdMatchSql(a, organizationId, filter.q)}${also} OR ${column(`"offerId"`)} = ANY(${offers}))`);
  }
  return Prisma.join(parts, " AND ");
}
