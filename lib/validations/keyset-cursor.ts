import { z } from "@/lib/validations/zod";

/**
 * Keyset cursors for the large tables (orders, sales). A cursor is the sort key of the row it
 * points at plus its id, the tie-breaker that keeps paging stable when timestamps or amounts
 * are equal. It is opaque in the URL (base64url) but carries no secret: a forged cursor can
 * only move the caller within their own organisation's rows, which the `where` already scopes.
 */
export type CursorSortKind = "timestamp" | "decimal";

export interface KeysetCursor {
  /** ISO timestamp or a decimal string, matching the sort column. */
  value: string;
  /** The row's bigint id, as digits. */
  id: string;
}

const ID = /^\d{1,19}$/;
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

export function encodeCursor(cursor: KeysetCursor): string {
  return Buffer.from(`${cursor.value}|${cursor.id}`, "utf8").toString("base64url");
}

export function decodeCursor(raw: string | undefined, kind: CursorSortKind): KeysetCursor | undefined {
  if (!raw || raw.length > 200 || !/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  const text = Buffer.from(raw, "base64url").toString("utf8");
  const bar = text.lastIndexOf("|");
  if (bar < 0) return undefined;
  const value = text.slice(0, bar);
  const id = text.slice(bar + 1);
  if (!ID.test(id)) return undefined;
  if (kind === "decimal") return DECIMAL.test(value) ? { value, id } : undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : { value: new Date(time).toISOString(), id };
}

export const cursorParam = z.string().max(200).optional().catch(undefined);
