BEGIN;

-- DropIndex
DROP INDEX "Order_organizationId_externalId_idx";

-- DropIndex
DROP INDEX "Sale_organizationId_externalId_idx";

COMMIT;
