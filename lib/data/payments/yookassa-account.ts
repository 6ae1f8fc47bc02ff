import "server-only";
import { getConnectionCredentials } from "@/lib/data/connections/get-connection-credentials";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createYooKassaClient, type YooKassaClient, type YooKassaClientOptions } from "@/lib/integrations/yookassa/client";
import type { YooKassaCredentials } from "@/lib/integrations/yookassa/credentials";

export interface YooKassaAccount {
  connectionId: string;
  shopId: string;
  client: YooKassaClient;
}

/**
 * The organisation's YooKassa shop as a ready client. With several shops connected, `shopId`
 * picks one (the account a notification names); otherwise the oldest active one is used.
 */
export async function getYooKassaAccount(options: {
  db: Db;
  organizationId: string;
  shopId?: string;
  includeDisabled?: boolean;
  clientOptions?: YooKassaClientOptions;
}): Promise<YooKassaAccount> {
  const { db } = options;
  const candidates = await db.connection.findMany({
    where: { organizationId: options.organizationId, provider: "yookassa", ...(options.includeDisabled ? {} : { status: "active" }) },
    select: { id: true, accountKey: true },
    orderBy: { createdAt: "asc" },
  });
  const connection = candidates.find((c) => c.accountKey === options.shopId) ?? candidates[0];
  // A page offers to connect YooKassa when this happens; the code is what it branches on.
  if (!connection) throw new AppError("conflict", "no YooKassa connection", { params: { reason: "noYooKassa" } });
  const credentials = await getConnectionCredentials<YooKassaCredentials>({
    db,
    organizationId: options.organizationId,
    connectionId: connection.id,
  });
  return { connectionId: connection.id, shopId: credentials.shopId, client: createYooKassaClient(credentials, options.clientOptions) };
}
