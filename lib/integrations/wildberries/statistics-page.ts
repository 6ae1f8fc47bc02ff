import type { z } from "zod";
import { contractViolation, validateBody, type OperationContext } from "@/lib/integrations/core/parse";
import type { WildberriesConnection } from "@/lib/integrations/wildberries/client";
import { WB_REQUIRED_CATEGORIES } from "@/lib/integrations/wildberries/token-categories";
import { JsonArraySlices } from "@/lib/integrations/core/json-array-slices";

/**
 * One page of WB statistics (orders or sales), fetched through the WB client (its rate limits,
 * retries, circuit breaker and scope errors) but kept as the chunks it arrived in and parsed,
 * validated with the client's own row schema and mapped in slices. A WB page holds up to 80 000
 * rows (~50 MB); the rows are parsed and written slice by slice, so a page's memory is its
 * bytes (let go chunk by chunk as the slices pass) plus one slice. The row count and the last
 * row are read before any slice, so the next page's cursor is known at once.
 */
const SLICE_ROWS = 2_000;

/** WB caps a flag=0 statistics answer at about 80 000 rows; a shorter answer is the last one. */
export const STATISTICS_PAGE_ROWS = 80_000;

export type StatisticsPath = "/api/v1/supplier/orders" | "/api/v1/supplier/sales";

export interface StatisticsPage<Row> {
  /** Mapped rows, slice by slice, parsed while iterated (once). */
  slices: Iterable<Row[]>;
  /** Rows the vendor returned. */
  readonly count: number;
  /** The last row's lastChangeDate (undefined for an empty page). */
  readonly lastChangeDate: string | undefined;
}

async function readChunks(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return chunks;
}

/** A body that is not JSON, is cut short or is not UTF-8 breaks the contract (and is worth another try). */
function asContractViolation(error: unknown, ctx: OperationContext): unknown {
  const encoding = error instanceof TypeError && (error as { code?: string }).code === "ERR_ENCODING_INVALID_ENCODED_DATA";
  if (!(error instanceof SyntaxError) && !encoding) return error;
  return contractViolation(ctx, "response body is not valid JSON (truncated?)", { cause: error });
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
  const chunks = await wb.run(category, ctx, async () => {
    // As a stream: the client has already buffered the body, and arrayBuffer() would join it into one more copy.
    const result = await wb.hosts.statistics.GET(path, { params: { query: { dateFrom, flag: 0 } }, parseAs: "stream" });
    return readChunks(result.data as unknown as ReadableStream<Uint8Array>);
  });
  let array: JsonArraySlices;
  let lastChangeDate: string | undefined;
  try {
    array = new JsonArraySlices(chunks, SLICE_ROWS);
    const last = array.last();
    if (last !== undefined) lastChangeDate = validateBody([last], rowsSchema, ctx)[0].lastChangeDate;
  } catch (error) {
    throw asContractViolation(error, ctx);
  }
  function* slices(): Generator<Row[]> {
    try {
      for (const slice of array.slices()) yield validateBody(slice, rowsSchema, ctx).map(map);
    } catch (error) {
      throw asContractViolation(error, ctx);
    }
  }
  return { slices: slices(), count: array.count, lastChangeDate };
}
