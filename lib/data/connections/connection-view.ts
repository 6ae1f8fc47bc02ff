import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The fields of a connection that may leave the server: everything except the encrypted
 * credentials. Every read in lib/data/connections selects exactly these.
 */
export const connectionViewSelect = {
  id: true,
  organizationId: true,
  provider: true,
  name: true,
  accountKey: true,
  status: true,
  disabledReason: true,
  credentialsHint: true,
  tokenExpiresAt: true,
  scopes: true,
  health: true,
  healthReason: true,
  healthChangedAt: true,
  consecutiveFailures: true,
  lastCheckedAt: true,
  lastSuccessAt: true,
  lastErrorAt: true,
  lastErrorCode: true,
  lastErrorMessage: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ConnectionSelect;

export type ConnectionView = Prisma.ConnectionGetPayload<{ select: typeof connectionViewSelect }>;
