import type { Db } from "@/lib/db/client";
import { seedDemoOrganization, DEMO_ORGANIZATION } from "@/lib/data/organizations/seed-demo-organization";
import { createConnection } from "@/lib/data/connections/create-connection";
import { ConnectionError } from "@/lib/connections/errors";

/** The accounts the demo organisation connects, from the sandbox's demo accounts. */
const DEMO_SHOPS = [
  { provider: "wildberries", name: "Wildberries · демо-магазин" },
  { provider: "ozon", name: "Ozon · демо-магазин" },
  { provider: "yookassa", name: "ЮKassa · демо" },
  { provider: "s3", name: "Файлы · локальное S3" },
] as const;

type SandboxAccounts = { vendors: Record<string, Array<{ accountKey: string; credentials: Record<string, string> }>> };

/**
 * The demo organisation a fresh `npm run dev` opens on: its people, then, when the sandbox is up,
 * one Wildberries and one Ozon shop connected to the sandbox's demo accounts (checked live, as a
 * person connecting them would be). Idempotent.
 */
export async function seedDemoWorkspace(opts: { db: Db; sandboxUrl?: string; s3Endpoint?: string }): Promise<string> {
  const { organizationId } = await seedDemoOrganization({ db: opts.db });
  const lines = [`Demo organisation "${DEMO_ORGANIZATION.slug}" ready.`];
  if (!opts.sandboxUrl) return [...lines, "Sandbox not running: shops not connected (npm run dev connects them)."].join(" ");

  const accounts = (await (await fetch(`${opts.sandboxUrl}/__sandbox/accounts`)).json()) as SandboxAccounts;
  if (opts.s3Endpoint) {
    const { S3_SANDBOX_CREDENTIALS, S3_SANDBOX_DEMO_BUCKET } = await import("@/devtools/sandbox/s3");
    accounts.vendors.s3 = [
      {
        accountKey: S3_SANDBOX_DEMO_BUCKET,
        credentials: { endpoint: opts.s3Endpoint, bucket: S3_SANDBOX_DEMO_BUCKET, ...S3_SANDBOX_CREDENTIALS, forcePathStyle: "true" },
      },
    ];
  }
  for (const shop of DEMO_SHOPS) {
    const account = accounts.vendors[shop.provider]?.[0];
    if (!account) continue;
    const existing = await opts.db.connection.findFirst({ where: { organizationId, provider: shop.provider } });
    if (existing) continue;
    try {
      await createConnection({ db: opts.db, organizationId, provider: shop.provider, credentials: account.credentials, name: shop.name });
      lines.push(`Connected ${shop.provider}.`);
    } catch (e) {
      if (!(e instanceof ConnectionError)) throw e;
      lines.push(`Could not connect ${shop.provider}: ${e.message}.`);
    }
  }
  return lines.join(" ");
}
