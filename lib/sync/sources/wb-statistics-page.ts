import type { z } from "zod";
import { IntegrationError } from "@/lib/integrations/core/errors";
import { validateBody, type OperationContext } from "@/lib/integrations/core/parse";
import type { WildberriesConnection } from "@/lib/integrations/wildberries/client";
import { WB_REQUIRED_CATEGORIES } from "@/lib/integrations/wildberries/token-categories";
import { jsonArrayChunks } from "@/lib/sync/sources/json-array-chunks";

/**
 * One page of WB statistics (orders or sales), fetched through the WB client (its rate limits,
 * retries, circuit breaker and scope errors) but read as bytes and parsed, validated with the
 * client's own row schema and mapped in slices. A WB page holds up to 80 000 rows (~50 MB);
 * the rows are parsed and written slice by slice, so a page's memory is its bytes plus one slice.
 */
const SLICE_ROWS = 2_000;

export type StatisticsPath = "/api/v1/supplier/orders" | "/api/v1/supplier/sales";

export interface StatisticsPage<Row> {
  /** Mapped rows, slice by slice, parsed while iterated (once). */
  slices: Iterable<Row[]>;
  /** Rows the vendor returned: complete once `slices` has been consumed. */
  readonly count: number;
  /** The last row's lastChangeDate: complete once `slices` has been consumed. */
  readonly lastChangeDate: string | undefined;
}

/**
 * Hands the parsed page's memory back now. The buffer has lived through the whole page, so its
 * wrapper sits in the old generation and would wait for a major GC, while the next 50 MB page
 * is already arriving; moved into a fresh, unreferenced wrapper it goes with the next minor GC.
 */
function releaseBuffer(bytes: Uint8Array): void {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}

export async function fetchStatisticsPage<Item extends { lastChangeDate: string }, Row>(
  wb: WildberriesConnection,
  path: StatisticsPath,
  dateFrom: string,
  rowsSchema: z.ZodType<Item[]>,
  map: (item: Item) => Row,
): Promise<StatisticsPage<Row>> {
  const ctx: OperationContext = { vendor: "wildberries", operation: `GET ${path}` };
  const category = path.endsWith("orders") ? WB_REQUIRED_CATEGORIES.orders : WB_REQUIRED_CATEGORIES.sales;
  let bytes: Uint8Array | undefined = await wb.run(category, ctx, async () => {
    // As a stream: the client has already buffered the body, and arrayBuffer() would copy it once more.
    const result = await wb.hosts.statistics.GET(path, { params: { query: { dateFrom, flag: 0 } }, parseAs: "stream" });
    return readAll(result.data as unknown as ReadableStream<Uint8Array>);
  });
  const state = { count: 0, lastChangeDate: undefined as string | undefined };
  function* slices(): Generator<Row[]> {
    try {
      if (!bytes) throw new Error("a statistics page can be read once");
      const source = bytes;
      // Let the page's 50 MB go as soon as it is parsed, not when the page object is dropped.
      bytes = undefined;
      for (const slice of jsonArrayChunks(source, SLICE_ROWS)) {
        const items = validateBody(slice, rowsSchema, ctx);
        state.count += items.length;
        state.lastChangeDate = items.at(-1)?.lastChangeDate ?? state.lastChangeDate;
        yield items.map(map);
      }
      releaseBuffer(source);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      throw new IntegrationError({
        code: "contract_violation",
        vendor: "wildberries",
        operation: ctx.operation,
        message: `wildberries ${ctx.operation}: response body is not valid JSON (truncated?)`,
        cause: error,
      });
    }
  }
  return {
    slices: slices(),
    get count() {
      return state.count;
    },
    get lastChangeDate() {
      return state.lastChangeDate;
    },
  };
}
