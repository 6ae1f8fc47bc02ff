import type { Db } from "@/lib/db/client";

export interface FailSyncRunOptions {
  db: Db;
  organizationId: string;
  syncRunId: string;
  /** A code and a message safe to show (the caller made them so). */
  errorCode: string;
  errorMessage: string;
  now: Date;
}

/**
 * Marks a run failed, once: a run already failed keeps its first error. The cursor is left
 * alone, so the next run resumes at the page that failed instead of starting over.
 */
export async function failSyncRun({ db, organizationId, syncRunId, errorCode, errorMessage, now }: FailSyncRunOptions): Promise<void> {
  const run = await db.syncRun.findFirst({ where: { id: syncRunId, organizationId }, select: { startedAt: true, status: true } });
  if (!run || run.status === "failed") return;
  await db.syncRun.update({
    where: { id: syncRunId },
    data: { status: "failed", errorCode, errorMessage, finishedAt: now, durationMs: now.getTime() - (run.startedAt ?? now).getTime() },
  });
}

/**
 * The SyncRun an Inngest run was working on: a continuation names its SyncRun; a first run is
 * found by its Inngest run id while it is still running.
 */
export async function findSyncRunOfInngestRun({
  db,
  organizationId,
  inngestRunId,
  syncRunId,
}: {
  db: Db;
  organizationId: string;
  inngestRunId: string;
  syncRunId?: string;
}): Promise<string | null> {
  const run = await db.syncRun.findFirst({
    where: syncRunId ? { id: syncRunId, organizationId } : { inngestRunId, organizationId, status: "running" },
    select: { id: true },
  });
  return run?.id ?? null;
}
