BEGIN;

-- CreateIndex
CREATE INDEX "Sale_organizationId_externalId_idx" ON "Sale"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "Sale_organizationId_orderExternalId_idx" ON "Sale"("organizationId", "orderExternalId");

COMMIT;
