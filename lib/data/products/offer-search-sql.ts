import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Text search that stays on indexes at a million rows. A seller types an order number, an
 * article (offer id), a WB nmID / Ozon sku, a barcode or part of a product name. Names live on
 * ~100k products, not on a million order lines, so the name and id matching runs once over the
 * organisation's catalogue and yields offer ids; big tables then match `offerId = ANY(…)` and
 * their own number on (organizationId, offerId) / (organizationId, externalId) indexes.
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
