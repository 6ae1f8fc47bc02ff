import type { Prisma } from "@/lib/generated/prisma/client";

/** The SyncRun fields the UI and the CLI show (all of them are safe to show). */
export const syncRunSelect = {
  id: true,
  organizationId: true,
  connectionId: true,
  resource: true,
  trigger: true,
  status: true,
  pages: true,
  rowsFetched: true,
  rowsInserted: true,
  rowsUpdated: true,
  progress: true,
  progressNote: true,
  errorCode: true,
  errorMessage: true,
  queuedAt: true,
  startedAt: true,
  finishedAt: true,
  durationMs: true,
  connection: { select: { provider: true, name: true } },
} satisfies Prisma.SyncRunSelect;

export type SyncRunView = Prisma.SyncRunGetPayload<{ select: typeof syncRunSelect }>;
