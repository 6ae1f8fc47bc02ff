import type { Prisma } from "@/lib/generated/prisma/client";

/** Where a resource's paging stands: a small JSON object of the source's own shape (a date, a cursor, an offset). */
export type SyncPosition = object;

/**
 * What SyncCursor.cursor holds. `watermark` is where the last complete run ended (the next run
 * starts from it, minus any overlap); `run` is the run in progress: its position is written in
 * the same transaction as each page's rows, so a crashed run resumes exactly there.
 */
export interface RunInProgress {
  position: SyncPosition;
  /** Database time when the run began: rows a full-snapshot run did not touch since are gone. */
  startedAt: string;
  /** Rows count and first/last keys of the last page, to notice a vendor serving one page forever. */
  fingerprint?: string;
  /** Paging was stopped by a guard (non-advancing cursor): the data may be incomplete. */
  stopped?: string;
}

export interface CursorState {
  watermark?: SyncPosition;
  run?: RunInProgress;
}

export function readCursorState(value: Prisma.JsonValue | undefined | null): CursorState {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as CursorState) : {};
}

export const toJson = (state: CursorState) => state as unknown as Prisma.InputJsonValue;

/**
 * A position as text with object keys sorted: positions come back from jsonb with their keys
 * reordered, so `{ updatedAt, nmID }` written and read back must still be the same position.
 */
export function positionKey(position: SyncPosition): string {
  return JSON.stringify(position, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

export const samePosition = (a: SyncPosition, b: SyncPosition) => positionKey(a) === positionKey(b);
