BEGIN;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('owner', 'manager', 'viewer');

-- CreateEnum
CREATE TYPE "ConnectionStatus" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "HealthState" AS ENUM ('unknown', 'healthy', 'degraded', 'auth_failed', 'token_expiring', 'stale', 'disabled');

-- CreateEnum
CREATE TYPE "SyncResource" AS ENUM ('products', 'stocks', 'orders', 'sales');

-- CreateEnum
CREATE TYPE "SyncTrigger" AS ENUM ('schedule', 'manual', 'cli');

-- CreateEnum
CREATE TYPE "SyncStatus" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "Marketplace" AS ENUM ('wildberries', 'ozon');

-- CreateEnum
CREATE TYPE "SaleKind" AS ENUM ('sale', 'return');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('pending', 'waiting_for_capture', 'succeeded', 'canceled');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'ru',
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastLoginAt" TIMESTAMPTZ(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "inn" TEXT,
    "kpp" TEXT,
    "ogrn" TEXT,
    "legalName" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsCode" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "consumedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,

    CONSTRAINT "SmsCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Connection" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "status" "ConnectionStatus" NOT NULL DEFAULT 'active',
    "disabledReason" TEXT,
    "credentialsEncrypted" TEXT NOT NULL,
    "credentialsHint" JSONB NOT NULL,
    "tokenExpiresAt" TIMESTAMPTZ(3),
    "scopes" TEXT[],
    "health" "HealthState" NOT NULL DEFAULT 'unknown',
    "healthReason" TEXT,
    "healthChangedAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "lastCheckedAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "lastErrorAt" TIMESTAMPTZ(3),
    "lastErrorCode" TEXT,
    "lastErrorMessage" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Connection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthCheck" (
    "id" BIGSERIAL NOT NULL,
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "ok" BOOLEAN NOT NULL,
    "latencyMs" INTEGER,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HealthCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HealthTransition" (
    "id" BIGSERIAL NOT NULL,
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fromState" "HealthState" NOT NULL,
    "toState" "HealthState" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alertedAt" TIMESTAMPTZ(3),

    CONSTRAINT "HealthTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncRun" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "resource" "SyncResource" NOT NULL,
    "trigger" "SyncTrigger" NOT NULL,
    "status" "SyncStatus" NOT NULL DEFAULT 'queued',
    "inngestRunId" TEXT,
    "pages" INTEGER NOT NULL DEFAULT 0,
    "rowsFetched" INTEGER NOT NULL DEFAULT 0,
    "rowsInserted" INTEGER NOT NULL DEFAULT 0,
    "rowsUpdated" INTEGER NOT NULL DEFAULT 0,
    "progress" DOUBLE PRECISION,
    "progressNote" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "durationMs" INTEGER,

    CONSTRAINT "SyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SyncCursor" (
    "id" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "resource" "SyncResource" NOT NULL,
    "cursor" JSONB NOT NULL,
    "lastSuccessAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SyncCursor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "externalId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "sku" TEXT,
    "name" TEXT NOT NULL,
    "brand" TEXT,
    "category" TEXT,
    "barcode" TEXT,
    "imageUrl" TEXT,
    "price" DECIMAL(14,2),
    "vendorUpdatedAt" TIMESTAMPTZ(3),
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stock" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "itemKey" TEXT NOT NULL,
    "warehouseKey" TEXT NOT NULL,
    "warehouseName" TEXT NOT NULL,
    "productExternalId" TEXT,
    "offerId" TEXT,
    "name" TEXT,
    "quantity" INTEGER NOT NULL,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "inWayToClient" INTEGER NOT NULL DEFAULT 0,
    "inWayFromClient" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Stock_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockSnapshot" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "date" DATE NOT NULL,
    "itemKey" TEXT NOT NULL,
    "offerId" TEXT,
    "quantity" INTEGER NOT NULL,
    "warehouses" INTEGER NOT NULL,

    CONSTRAINT "StockSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "externalId" TEXT NOT NULL,
    "lineKey" TEXT NOT NULL DEFAULT '',
    "orderedAt" TIMESTAMPTZ(3) NOT NULL,
    "vendorChangedAt" TIMESTAMPTZ(3),
    "status" TEXT NOT NULL,
    "isCancelled" BOOLEAN NOT NULL DEFAULT false,
    "cancelledAt" TIMESTAMPTZ(3),
    "fulfillment" TEXT,
    "productExternalId" TEXT,
    "offerId" TEXT,
    "sku" TEXT,
    "productName" TEXT,
    "brand" TEXT,
    "category" TEXT,
    "warehouseName" TEXT,
    "region" TEXT,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "amount" DECIMAL(14,2) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sale" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "marketplace" "Marketplace" NOT NULL,
    "externalId" TEXT NOT NULL,
    "lineKey" TEXT NOT NULL DEFAULT '',
    "orderExternalId" TEXT,
    "kind" "SaleKind" NOT NULL,
    "soldAt" TIMESTAMPTZ(3) NOT NULL,
    "vendorChangedAt" TIMESTAMPTZ(3),
    "productExternalId" TEXT,
    "offerId" TEXT,
    "sku" TEXT,
    "productName" TEXT,
    "warehouseName" TEXT,
    "region" TEXT,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "amount" DECIMAL(14,2) NOT NULL,
    "payout" DECIMAL(14,2),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalEvent" (
    "id" BIGSERIAL NOT NULL,
    "organizationId" TEXT,
    "userId" TEXT,
    "goal" TEXT NOT NULL,
    "value" DECIMAL(14,2),
    "params" JSONB,
    "dedupeKey" TEXT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "forwardedAt" TIMESTAMPTZ(3),
    "forwardError" TEXT,

    CONSTRAINT "GoalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "providerId" TEXT,
    "idempotenceKey" TEXT NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'pending',
    "amount" DECIMAL(14,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'RUB',
    "description" TEXT,
    "confirmationUrl" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEvent" (
    "id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'received',
    "error" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "uploadedById" TEXT,
    "connectionId" TEXT,
    "key" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "Organization_inn_idx" ON "Organization"("inn");

-- CreateIndex
CREATE INDEX "Membership_organizationId_role_idx" ON "Membership"("organizationId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_organizationId_key" ON "Membership"("userId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_phone_acceptedAt_idx" ON "Invitation"("phone", "acceptedAt");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_idx" ON "Invitation"("organizationId");

-- CreateIndex
CREATE INDEX "SmsCode_phone_createdAt_idx" ON "SmsCode"("phone", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "RateLimitHit_key_createdAt_idx" ON "RateLimitHit"("key", "createdAt");

-- CreateIndex
CREATE INDEX "Connection_organizationId_provider_idx" ON "Connection"("organizationId", "provider");

-- CreateIndex
CREATE INDEX "Connection_health_status_idx" ON "Connection"("health", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Connection_organizationId_provider_accountKey_key" ON "Connection"("organizationId", "provider", "accountKey");

-- CreateIndex
CREATE INDEX "HealthCheck_connectionId_checkedAt_idx" ON "HealthCheck"("connectionId", "checkedAt" DESC);

-- CreateIndex
CREATE INDEX "HealthTransition_connectionId_createdAt_idx" ON "HealthTransition"("connectionId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "HealthTransition_organizationId_createdAt_idx" ON "HealthTransition"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SyncRun_connectionId_resource_queuedAt_idx" ON "SyncRun"("connectionId", "resource", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "SyncRun_organizationId_queuedAt_idx" ON "SyncRun"("organizationId", "queuedAt" DESC);

-- CreateIndex
CREATE INDEX "SyncRun_status_idx" ON "SyncRun"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SyncCursor_connectionId_resource_key" ON "SyncCursor"("connectionId", "resource");

-- CreateIndex
CREATE INDEX "Product_organizationId_marketplace_name_idx" ON "Product"("organizationId", "marketplace", "name");

-- CreateIndex
CREATE INDEX "Product_organizationId_offerId_idx" ON "Product"("organizationId", "offerId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_connectionId_externalId_key" ON "Product"("connectionId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Product_connectionId_offerId_key" ON "Product"("connectionId", "offerId");

-- CreateIndex
CREATE INDEX "Stock_organizationId_marketplace_quantity_idx" ON "Stock"("organizationId", "marketplace", "quantity");

-- CreateIndex
CREATE INDEX "Stock_organizationId_offerId_idx" ON "Stock"("organizationId", "offerId");

-- CreateIndex
CREATE UNIQUE INDEX "Stock_connectionId_itemKey_warehouseKey_key" ON "Stock"("connectionId", "itemKey", "warehouseKey");

-- CreateIndex
CREATE INDEX "StockSnapshot_organizationId_date_idx" ON "StockSnapshot"("organizationId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "StockSnapshot_connectionId_date_itemKey_key" ON "StockSnapshot"("connectionId", "date", "itemKey");

-- CreateIndex
CREATE INDEX "Order_organizationId_orderedAt_id_idx" ON "Order"("organizationId", "orderedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Order_organizationId_marketplace_orderedAt_idx" ON "Order"("organizationId", "marketplace", "orderedAt" DESC);

-- CreateIndex
CREATE INDEX "Order_organizationId_status_orderedAt_idx" ON "Order"("organizationId", "status", "orderedAt" DESC);

-- CreateIndex
CREATE INDEX "Order_organizationId_offerId_idx" ON "Order"("organizationId", "offerId");

-- CreateIndex
CREATE INDEX "Order_organizationId_externalId_idx" ON "Order"("organizationId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_connectionId_externalId_lineKey_key" ON "Order"("connectionId", "externalId", "lineKey");

-- CreateIndex
CREATE INDEX "Sale_organizationId_soldAt_id_idx" ON "Sale"("organizationId", "soldAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Sale_organizationId_marketplace_soldAt_idx" ON "Sale"("organizationId", "marketplace", "soldAt" DESC);

-- CreateIndex
CREATE INDEX "Sale_organizationId_offerId_idx" ON "Sale"("organizationId", "offerId");

-- CreateIndex
CREATE UNIQUE INDEX "Sale_connectionId_externalId_lineKey_key" ON "Sale"("connectionId", "externalId", "lineKey");

-- CreateIndex
CREATE UNIQUE INDEX "GoalEvent_dedupeKey_key" ON "GoalEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "GoalEvent_goal_occurredAt_idx" ON "GoalEvent"("goal", "occurredAt");

-- CreateIndex
CREATE INDEX "GoalEvent_organizationId_occurredAt_idx" ON "GoalEvent"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "GoalEvent_forwardedAt_idx" ON "GoalEvent"("forwardedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_providerId_key" ON "Payment"("providerId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotenceKey_key" ON "Payment"("idempotenceKey");

-- CreateIndex
CREATE INDEX "Payment_organizationId_createdAt_idx" ON "Payment"("organizationId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "WebhookEvent_status_receivedAt_idx" ON "WebhookEvent"("status", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_provider_dedupeKey_key" ON "WebhookEvent"("provider", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_key_key" ON "StoredFile"("key");

-- CreateIndex
CREATE INDEX "StoredFile_organizationId_createdAt_idx" ON "StoredFile"("organizationId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Connection" ADD CONSTRAINT "Connection_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthCheck" ADD CONSTRAINT "HealthCheck_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HealthTransition" ADD CONSTRAINT "HealthTransition_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncRun" ADD CONSTRAINT "SyncRun_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SyncCursor" ADD CONSTRAINT "SyncCursor_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "Connection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

COMMIT;
