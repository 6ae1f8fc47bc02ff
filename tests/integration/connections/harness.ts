import { startSyncHarness, type SyncHarness } from "../sync/harness";

/**
 * The sync harness (sandbox WB and Ozon, the app pointed at it, a real database) plus the
 * connection data functions of the connections UI, imported only after the harness has set the
 * sandbox's base URLs (lib/env reads them once).
 */
export async function startConnectionsHarness() {
  const harness: SyncHarness = await startSyncHarness({ scale: 60 });
  const [check, update, status, remove, runs, get, getRun, admin, adminOne, credentials] = await Promise.all([
    import("@/lib/health/check-connection"),
    import("@/lib/data/connections/update-connection-credentials"),
    import("@/lib/data/connections/set-connection-status"),
    import("@/lib/data/connections/delete-connection"),
    import("@/lib/data/sync/list-sync-runs"),
    import("@/lib/data/connections/get-connection"),
    import("@/lib/data/sync/get-sync-run"),
    import("@/lib/data/admin/list-connections-health-across-organizations"),
    import("@/lib/data/admin/get-connection-for-admin"),
    import("@/lib/data/connections/get-connection-credentials"),
  ]);
  const data = { ...check, ...update, ...status, ...remove, ...runs, ...get, ...getRun, ...admin, ...adminOne, ...credentials };

  /** A fresh sandbox account: credentials of a shop nobody has connected yet. */
  async function sandboxAccount(provider: "wildberries" | "ozon", options: Record<string, unknown> = {}) {
    const res = await harness.control("/accounts", { vendor: provider, scale: 60, ...options });
    if (res.status !== 201) throw new Error(`sandbox account: ${res.status}`);
    return (await res.json()) as { accountKey: string; credentials: Record<string, string> };
  }

  /** Everything about a connection that a write would change, to prove a refused call wrote nothing. */
  async function snapshot(connectionId: string) {
    const [connection, checks, transitions, runs] = await Promise.all([
      harness.db.connection.findUnique({ where: { id: connectionId } }),
      harness.db.healthCheck.count({ where: { connectionId } }),
      harness.db.healthTransition.count({ where: { connectionId } }),
      harness.db.syncRun.count({ where: { connectionId } }),
    ]);
    return { connection, checks, transitions, runs };
  }

  return { ...harness, data, sandboxAccount, snapshot };
}

export type ConnectionsHarness = Awaited<ReturnType<typeof startConnectionsHarness>>;
