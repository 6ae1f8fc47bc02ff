import { createId } from "@/lib/connections/ids";
import { deriveAccountKey } from "@/lib/connections/account-key";
import { connectionViewSelect, type ConnectionView } from "@/lib/data/connections/connection-view";
import { ConnectionError } from "@/lib/connections/errors";
import type { Db } from "@/lib/db/client";
import { encryptCredentials } from "@/lib/crypto/credentials";
import { getKeyRing } from "@/lib/crypto/keyring";
import { findIntegration } from "@/lib/integrations/all";
import type { CheckResult } from "@/lib/integrations/types";
import { catalogueText } from "@/lib/i18n/catalogue-text";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertMayManageConnection } from "@/lib/connections/manage-role";
import { adoptPaymentDestinationIfUnset } from "@/lib/data/payments/payment-destination";

export interface CreateConnectionOptions {
  db: Db;
  organizationId: string;
  /** Integration registry id: "wildberries", "ozon", … */
  provider: string;
  /** Raw form input; validated with the integration's credentials schema. */
  credentials: Record<string, unknown>;
  name?: string;
  createdById?: string;
  /** Skips the live check (seeding a demo whose vendor is not up yet). Defaults to false. */
  skipCheck?: boolean;
  /** The caller's role: a payment provider is the owner's alone. Left out only by operator tools (CLI, seed). */
  actorRole?: Role;
}

export interface CreatedConnection {
  connection: ConnectionView;
  check?: CheckResult;
}

/**
 * Connects an account: validates the credentials, checks them live with the vendor (a failed
 * check is refused, with the vendor's reason), derives the account key, and stores the
 * credentials encrypted with the new connection's id as additional authenticated data.
 * Throws ConnectionError; never echoes a credential back.
 */
export async function createConnection(options: CreateConnectionOptions): Promise<CreatedConnection> {
  const integration = findIntegration(options.provider);
  if (!integration) throw new ConnectionError("unknown_provider", `Unknown provider "${options.provider}"`);
  assertMayManageConnection({ provider: integration.id, actorRole: options.actorRole });

  const parsed = integration.credentialsSchema.safeParse(options.credentials);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "_")] ??= []).push(issue.message);
    throw new ConnectionError("invalid_credentials", "The credentials are not valid", { fieldErrors });
  }
  const credentials = parsed.data as Record<string, unknown>;

  let check: CheckResult | undefined;
  if (!options.skipCheck) {
    check = await integration.check(credentials);
    if (!check.ok) {
      throw new ConnectionError(
        "check_failed",
        check.error?.message ?? (check.message ? `check: ${check.message.key}` : "The live check failed"),
        {
          integrationCode: check.error?.code,
        },
      );
    }
  }

  const accountKey = deriveAccountKey(integration.id, credentials);
  const id = createId();
  const { db } = options;
  try {
    const connection = await db.connection.create({
      data: {
        id,
        organizationId: options.organizationId,
        provider: integration.id,
        name: options.name ?? catalogueText("ru", integration.name),
        accountKey,
        credentialsEncrypted: encryptCredentials(getKeyRing(), credentials, id),
        credentialsHint: integration.maskCredentials(credentials),
        tokenExpiresAt: check?.expiresAt ?? null,
        scopes: check?.scopes ?? [],
        health: check ? "healthy" : "unknown",
        healthChangedAt: check ? new Date() : null,
        lastCheckedAt: check ? new Date() : null,
        lastSuccessAt: check ? new Date() : null,
        createdById: options.createdById,
      },
      select: connectionViewSelect,
    });
    if (integration.category === "payments")
      await adoptPaymentDestinationIfUnset({ db, organizationId: options.organizationId, connectionId: id });
    return { connection, check };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ConnectionError("already_connected", "This account is already connected to the organisation");
    }
    throw error;
  }
}
