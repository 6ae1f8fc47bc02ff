import "server-only";
import { getConnectionCredentials } from "@/lib/data/connections/get-connection-credentials";
import { getPaymentDestination, requirePaymentDestination } from "@/lib/data/payments/payment-destination";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createYooKassaClient, type YooKassaClient, type YooKassaClientOptions } from "@/lib/integrations/yookassa/client";
import type { YooKassaCredentials } from "@/lib/integrations/yookassa/credentials";

export interface YooKassaAccount {
  connectionId: string;
  shopId: string;
  client: YooKassaClient;
}

async function accountFor(options: {
  db: Db;
  organizationId: string;
  connectionId: string;
  clientOptions?: YooKassaClientOptions;
}): Promise<YooKassaAccount> {
  const credentials = await getConnectionCredentials<YooKassaCredentials>(options);
  return {
    connectionId: options.connectionId,
    shopId: credentials.shopId,
    client: createYooKassaClient(credentials, options.clientOptions),
  };
}

/**
 * The shop new payments are created in: the one the owner chose, and no other. Another active
 * shop of the organisation is never a fallback (it may be a manager's), so a missing or disabled
 * choice refuses the payment with a reason the billing page explains.
 */
export async function getPaymentAccount(options: {
  db: Db;
  organizationId: string;
  clientOptions?: YooKassaClientOptions;
}): Promise<YooKassaAccount> {
  const destination = await requirePaymentDestination(options);
  return accountFor({ ...options, connectionId: destination.connectionId });
}

/**
 * A shop to read an existing payment with (a notification's re-fetch): the one the notification
 * names by `shopId`, else the chosen destination, else the oldest connected. Reads only, so a
 * disabled shop still answers for the payments it took.
 */
export async function getYooKassaAccount(options: {
  db: Db;
  organizationId: string;
  shopId?: string;
  includeDisabled?: boolean;
  clientOptions?: YooKassaClientOptions;
}): Promise<YooKassaAccount> {
  const { db } = options;
  const [candidates, destination] = await Promise.all([
    db.connection.findMany({
      where: { organizationId: options.organizationId, provider: "yookassa", ...(options.includeDisabled ? {} : { status: "active" }) },
      select: { id: true, accountKey: true },
      orderBy: { createdAt: "asc" },
    }),
    getPaymentDestination({ db, organizationId: options.organizationId }),
  ]);
  const connection =
    candidates.find((c) => c.accountKey === options.shopId) ?? candidates.find((c) => c.id === destination?.connectionId) ?? candidates[0];
  // A page offers to connect YooKassa when this happens; the code is what it branches on.
  if (!connection) throw new AppError("conflict", "no YooKassa connection", { params: { reason: "noYooKassa" } });
  return accountFor({ ...options, connectionId: connection.id });
}
