import { createConnection } from "@/lib/data/connections/create-connection";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listConnectionsHealthAcrossOrganizations } from "@/lib/data/admin/list-connections-health-across-organizations";
import { listSyncRunsAcrossOrganizations } from "@/lib/data/admin/list-sync-runs-across-organizations";
import { CliUsageError, requireFlag, USAGE } from "@/lib/cli/args";
import { findOrganizationId, type CliDatabase } from "@/lib/cli/database";
import { createProgressReporter } from "@/lib/cli/progress";
import { isSyncProvider, isSyncResource } from "@/lib/connections/sync-resources";
import { runSync } from "@/lib/sync/run-sync";

type Flags = Record<string, string | undefined>;
const out = (line: string) => process.stdout.write(`${line}\n`);

export async function connectionAdd({ db }: CliDatabase, flags: Flags): Promise<number> {
  const organizationId = await findOrganizationId({ db, slug: requireFlag(flags, "org") });
  const provider = requireFlag(flags, "provider");
  const credentials = provider === "ozon" ? { clientId: flags["client-id"], apiKey: flags["api-key"] } : { token: flags.token };
  const { connection, check } = await createConnection({ db, organizationId, provider, credentials, name: flags.name });
  out(
    `connection added: id=${connection.id} provider=${connection.provider} account=${connection.accountKey} health=${connection.health} latency_ms=${check?.latencyMs ?? "-"}`,
  );
  return 0;
}

/** Runs one resource's sync in this process (the same code as the Inngest function's steps). */
export async function syncNow({ db, sqlPool }: CliDatabase, flags: Flags): Promise<number> {
  const organizationId = await findOrganizationId({ db, slug: requireFlag(flags, "org") });
  const provider = requireFlag(flags, "provider");
  const resource = requireFlag(flags, "resource");
  if (!isSyncProvider(provider)) throw new CliUsageError(`--provider must be wildberries or ozon\n\n${USAGE}`);
  if (!isSyncResource(resource)) throw new CliUsageError(`--resource must be products, stocks, orders or sales\n\n${USAGE}`);
  const connections = await listConnections({ db, organizationId, provider });
  const connection = connections.find((c) => !flags.name || c.name === flags.name);
  if (!connection) throw new Error(`the organisation has no ${provider} connection`);

  const progress = createProgressReporter(`${provider} ${resource}`);
  const summary = await runSync({
    db,
    sql: sqlPool,
    organizationId,
    connectionId: connection.id,
    resource,
    trigger: "cli",
    onPage: (p) => progress.update({ ...p, progress: p.lastPage.done ? 1 : undefined }),
  });
  progress.done();
  const error = summary.errorCode ? ` error=${summary.errorCode}` : "";
  out(
    `sync: provider=${provider} resource=${resource} status=${summary.status}${summary.resumed ? " resumed=yes" : ""} pages=${summary.pages} fetched=${summary.fetched} inserted=${summary.inserted} updated=${summary.updated} duration_ms=${summary.durationMs}${error}`,
  );
  if (summary.errorMessage) process.stderr.write(`${summary.errorMessage}\n`);
  return summary.status === "succeeded" ? 0 : 1;
}

export async function runs({ db }: CliDatabase, flags: Flags): Promise<number> {
  const organizationId = flags.org ? await findOrganizationId({ db, slug: flags.org }) : undefined;
  const rows = await listSyncRunsAcrossOrganizations({ db, organizationId, take: Number(flags.limit ?? 20) });
  for (const r of rows) {
    const progress = r.progress !== null && r.status === "running" ? ` ${Math.round(r.progress * 100)}%` : "";
    out(
      `${r.queuedAt.toISOString()} ${r.connection.provider.padEnd(11)} ${r.resource.padEnd(8)} ${r.status.padEnd(9)}${progress} pages=${r.pages} fetched=${r.rowsFetched} inserted=${r.rowsInserted} updated=${r.rowsUpdated} ${r.durationMs ?? "-"}ms${r.errorCode ? ` ${r.errorCode}` : ""}`,
    );
  }
  if (rows.length === 0) out("no sync runs");
  return 0;
}

export async function health({ db }: CliDatabase, flags: Flags): Promise<number> {
  const organizationId = flags.org ? await findOrganizationId({ db, slug: flags.org }) : undefined;
  const { rows } = await listConnectionsHealthAcrossOrganizations({
    db,
    organizationId,
    filter: { page: 1, state: undefined, provider: undefined, q: undefined },
    pageSize: 500,
  });
  for (const c of rows) {
    const rate = c.errorRate === null ? "-" : `${Math.round(c.errorRate * 100)}%`;
    out(
      `${c.organizationName} / ${c.name} (${c.provider}): ${c.health}${c.healthReason ? ` — ${c.healthReason}` : ""}; last success ${c.lastSuccessAt?.toISOString() ?? "never"}; errors ${rate}; latency ${c.avgLatencyMs ?? "-"}ms${c.lastErrorCode ? `; last error ${c.lastErrorCode}` : ""}`,
    );
  }
  if (rows.length === 0) out("no connections");
  return 0;
}
