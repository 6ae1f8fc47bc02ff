import "server-only";
import { getConnectionCredentials } from "@/lib/data/connections/get-connection-credentials";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { createS3Storage, type S3Storage } from "@/lib/integrations/s3/client";
import { s3CredentialsSchema, type S3CredentialsInput } from "@/lib/integrations/s3/credentials";

/**
 * The bucket of the organisation's S3 connection: `connectionId` when a file names the one
 * that stores it, else the oldest active one (where new uploads go).
 */
export async function getOrganizationStorage(options: {
  db: Db;
  organizationId: string;
  connectionId?: string | null;
}): Promise<{ connectionId: string; storage: S3Storage }> {
  const { db } = options;
  const connection = await db.connection.findFirst({
    where: {
      organizationId: options.organizationId,
      provider: "s3",
      ...(options.connectionId ? { id: options.connectionId } : { status: "active" }),
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  if (!connection) throw new AppError("conflict", "no S3 connection", { params: { reason: "noStorage" } });
  const raw = await getConnectionCredentials<S3CredentialsInput>({
    db,
    organizationId: options.organizationId,
    connectionId: connection.id,
  });
  return { connectionId: connection.id, storage: createS3Storage(s3CredentialsSchema.parse(raw)) };
}
