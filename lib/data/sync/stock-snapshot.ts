import type { Tx } from "@/lib/db/client";

/**
 * Called by completeSyncRun inside its transaction, after a complete full-snapshot stocks run.
 *
 * Today's stock snapshot of one connection: one row per item (summed over warehouses) per
 * Moscow calendar day, refreshed by every complete stocks sync of the day, so the last one
 * wins. WB keeps no stock history; these rows are the history.
 */
export async function snapshotStocks({
  db: tx,
  connectionId,
}: {
  db: Pick<Tx, "$executeRawUnsafe">;
  connectionId: string;
}): Promise<number> {
  return tx.$executeRawUnsafe(
    `INSERT INTO "StockSnapshot" ("organizationId", "connectionId", "marketplace", "date", "itemKey", "offerId", "quantity", "warehouses")
     SELECT "organizationId", "connectionId", "marketplace", ((now() AT TIME ZONE 'UTC') + interval '3 hours')::date, "itemKey",
            max("offerId"), sum("quantity")::int, count(*)::int
     FROM "Stock" WHERE "connectionId" = $1
     GROUP BY "organizationId", "connectionId", "marketplace", "itemKey"
     ON CONFLICT ("connectionId", "date", "itemKey") DO UPDATE
       SET "quantity" = EXCLUDED."quantity", "warehouses" = EXCLUDED."warehouses", "offerId" = EXCLUDED."offerId"`,
    connectionId,
  );
}

/** Rows a complete full-snapshot run did not touch: the vendor no longer lists them. */
export async function pruneUntouchedStocks({
  db: tx,
  connectionId,
  runStartedAt,
}: {
  db: Pick<Tx, "$executeRawUnsafe">;
  connectionId: string;
  runStartedAt: string;
}): Promise<number> {
  return tx.$executeRawUnsafe(
    `DELETE FROM "Stock" WHERE "connectionId" = $1 AND "updatedAt" < $2::timestamptz`,
    connectionId,
    runStartedAt,
  );
}
