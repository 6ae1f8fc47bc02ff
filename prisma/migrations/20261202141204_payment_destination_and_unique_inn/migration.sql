BEGIN;

-- One organisation per INN. Copies made before this rule keep their members, shops and data:
-- only the oldest organisation keeps the INN, the later ones have it cleared, so their owners
-- can ask the owner of the first one for an invitation (or enter their own INN again if it was a typo).
UPDATE "Organization" SET "inn" = NULL WHERE btrim("inn") = '';
UPDATE "Organization" AS o
SET "inn" = NULL
FROM (
    SELECT "id", row_number() OVER (PARTITION BY "inn" ORDER BY "createdAt", "id") AS copy
    FROM "Organization"
    WHERE "inn" IS NOT NULL
) AS ranked
WHERE o."id" = ranked."id" AND ranked.copy > 1;

-- DropIndex
DROP INDEX "Organization_inn_idx";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "paymentConnectionId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Organization_inn_key" ON "Organization"("inn");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_paymentConnectionId_key" ON "Organization"("paymentConnectionId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_paymentConnectionId_fkey" FOREIGN KEY ("paymentConnectionId") REFERENCES "Connection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Payments used to go to the oldest active YooKassa shop. Existing organisations keep receiving
-- where they did, but only through a shop an owner connected (or an operator, with no recorded
-- creator). A shop a manager connected is never chosen for them: the owner picks one instead.
UPDATE "Organization" AS o
SET "paymentConnectionId" = chosen."id"
FROM (
    SELECT DISTINCT ON (c."organizationId") c."organizationId", c."id"
    FROM "Connection" AS c
    WHERE c."provider" = 'yookassa'
      AND c."status" = 'active'
      AND (
        c."createdById" IS NULL
        OR EXISTS (
            SELECT 1 FROM "Membership" AS m
            WHERE m."organizationId" = c."organizationId" AND m."userId" = c."createdById" AND m."role" = 'owner'
        )
      )
    ORDER BY c."organizationId", c."createdAt", c."id"
) AS chosen
WHERE o."id" = chosen."organizationId";

COMMIT;
