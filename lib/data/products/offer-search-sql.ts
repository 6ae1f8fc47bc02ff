import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Text search that stays on indexes at a million rows. A seller types an order number, an
 * article (offer id), a WB nmID / Ozon sku, a barcode or part of a product name. Names live on
 * ~100k products, not on a million order lines, so the name and id matching runs once over the
 * organisation's catalogue and yields offer ids; big tables then match `offerId = ANY(…)` and
 * on (organizationId, offerId). Their own numbers (WB srid, Ozon posting) are found on the
 * (connectionId, externalId, lineKey) key the sync upserts on, by naming the organisation's
 * connections: a second index on the number would cost every synced row a random index insert.
 */
export const MAX_MATCHED_OFFERS = 500;

/** `%text%` for ILIKE, with the user's own % _ \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An array of the organisation's offer ids whose product matches `q`, plus `q` itself as an offer id. */
export function matchingOfferIdsSql(organizationId: string, q: string): Prisma.Sql {
  return Prisma.sql`array_append(ARRAY(
    SELECT p."offerId" FROM "Product" p
    WHERE p."organizationId" = ${organizationId}
      AND (p."externalId" = ${q} OR p.sku = ${q} OR p.barcode = ${q} OR p.name ILIKE ${containsPattern(q)})
    LIMIT ${MAX_MATCHED_OFFERS}
  ), ${q}::text)`;
}

/** `alias."externalId" = q` on the organisation's connections, i.e. on the unique natural key. */
export function externalIdMatchSql(alias: string, organizationId: string, q: string): Prisma.Sql {
  const table = Prisma.raw(alias);
  return Prisma.sql`(${table}."connectionId" = ANY(ARRAY(SELECT c.id FROM "Connection" c WHERE c."organizationId" = ${organizationId})) AND ${table}."externalId" = ${q})`;
}
