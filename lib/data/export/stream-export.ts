import type { Db } from "@/lib/db/client";
import { CSV_BOM, csvLine, csvLines } from "@/lib/format/csv";
import { exportSource, type ExportResource } from "@/lib/data/export/export-sources";
import type { SearchParamsInput } from "@/lib/validations/list-params";

/**
 * A CSV file as a stream: the header, then one batch per pull, so a million orders leave the
 * server in constant memory and the download starts at once. The next batch is read only when
 * the client has taken the last one (pull-based backpressure); a client that goes away cancels it.
 */
export function streamExport(options: {
  db: Db;
  organizationId: string;
  resource: ExportResource;
  searchParams: SearchParamsInput;
  /** Column titles in the reader's language, by column key. */
  headers: (column: string) => string;
  now?: Date;
}): ReadableStream<Uint8Array> {
  const source = exportSource(options);
  const encoder = new TextEncoder();
  let cursor: string | undefined;
  let done = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvLine(source.columns.map(options.headers))));
    },
    async pull(controller) {
      if (done) return;
      const batch = await source.readBatch(cursor);
      if (batch.lines.length) controller.enqueue(encoder.encode(csvLines(batch.lines)));
      cursor = batch.next;
      if (!cursor) {
        done = true;
        controller.close();
      }
    },
  });
}
