import type { SyncRunView } from "@/lib/data/sync/sync-run-view";

/** A sync run as JSON for the browser (the progress poll and client tables): dates as ISO strings. */
export interface SyncRunDto {
  id: string;
  connectionId: string;
  connectionName: string;
  provider: string;
  resource: string;
  trigger: string;
  status: "queued" | "running" | "succeeded" | "failed" | "cancelled";
  pages: number;
  rowsFetched: number;
  rowsInserted: number;
  rowsUpdated: number;
  progress: number | null;
  progressNote: string | null;
  errorCode: string | null;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
}

export function toSyncRunDto(run: SyncRunView): SyncRunDto {
  return {
    id: run.id,
    connectionId: run.connectionId,
    connectionName: run.connection.name,
    provider: run.connection.provider,
    resource: run.resource,
    trigger: run.trigger,
    status: run.status,
    pages: run.pages,
    rowsFetched: run.rowsFetched,
    rowsInserted: run.rowsInserted,
    rowsUpdated: run.rowsUpdated,
    progress: run.progress,
    progressNote: run.progressNote,
    // The stored message is the vendor client's technical text; the UI explains the code instead.
    errorCode: run.errorCode,
    queuedAt: run.queuedAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    durationMs: run.durationMs,
  };
}

export const isActiveRun = (run: Pick<SyncRunDto, "status">) => run.status === "queued" || run.status === "running";
