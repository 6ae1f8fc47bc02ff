/**
 * Opaque page cursors, base64 JSON like Ozon's own (`eyJmaWVsZHMi…`). They carry the next row
 * index; a cursor that does not decode is a 400, as on the real API.
 */
export function encodeCursor(next: number): string {
  return Buffer.from(JSON.stringify({ next })).toString("base64");
}

export function decodeCursor(cursor: string | undefined): number | undefined | "invalid" {
  if (!cursor) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64").toString("utf8")) as { next?: unknown };
    return Number.isInteger(parsed.next) && (parsed.next as number) >= 0 ? (parsed.next as number) : "invalid";
  } catch {
    return "invalid";
  }
}
