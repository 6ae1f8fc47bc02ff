import { createOzonClient, type OzonClient, type OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import { listFboPostings, listFbsPostings } from "@/lib/integrations/ozon/operations/postings";
import { listProductCards } from "@/lib/integrations/ozon/operations/products";
import { listStocks } from "@/lib/integrations/ozon/operations/stocks";
import type { OzonPage } from "@/lib/integrations/ozon/paging";
import { mapOzonOrderLines, mapOzonProduct, mapOzonSaleLines, mapOzonStocks, type OzonPosting } from "@/lib/sync/mappers/ozon";
import type { ResourceSource } from "@/lib/sync/sources/types";
import { orderTable, productTable, saleTable, stockTable } from "@/lib/data/sync/upsert/tables";
import type { OrderRow, SaleRow } from "@/lib/data/sync/upsert/rows";

/**
 * Ozon resources, one page per call. Each call opens the client's cursor walk at the stored
 * cursor and takes its first page, which carries `hasMore`; the walk's own guards (repeated
 * cursor, endless empty pages) therefore apply to every page.
 */
export const connectOzon = (credentials: OzonCredentials, options?: OzonClientOptions) => createOzonClient(credentials, options);

async function firstPage<T>(walk: AsyncGenerator<OzonPage<T>>): Promise<OzonPage<T>> {
  const { value, done } = await walk.next();
  await walk.return(undefined);
  return done ? { items: [], cursor: "", hasMore: false } : value;
}

type CursorPosition = { cursor: string };

/** A resource read by one cursor walk from the start each run; the stored position is only the walk's cursor. */
function cursorSource<Item, Row>(options: {
  resource: "products" | "stocks";
  table: ResourceSource<OzonClient, Row, CursorPosition>["table"];
  fullSnapshot: boolean;
  walk: (client: OzonClient, cursor: string | undefined) => AsyncGenerator<OzonPage<Item>>;
  mapPage: (items: Item[]) => Row[];
}): ResourceSource<OzonClient, Row, CursorPosition> {
  const { walk, mapPage, ...described } = options;
  return {
    provider: "ozon",
    ...described,
    start: () => ({ cursor: "" }),
    async fetchPage(client, position) {
      const page = await firstPage(walk(client, position.cursor || undefined));
      return { slices: [mapPage(page.items)], next: { cursor: page.cursor }, done: !page.hasMore };
    },
    watermarkAfter: () => ({ cursor: "" }),
  };
}

export const ozonProductsSource = cursorSource({
  resource: "products",
  table: productTable,
  // Ozon's product list has no "changed since" filter, so every run walks the catalogue.
  fullSnapshot: false,
  walk: (client, lastId) => listProductCards(client, { lastId }),
  mapPage: (items) => items.map(mapOzonProduct),
});

export const ozonStocksSource = cursorSource({
  resource: "stocks",
  table: stockTable,
  fullSnapshot: true,
  walk: (client, cursor) => listStocks(client, { cursor }),
  mapPage: (items) => items.flatMap(mapOzonStocks),
});

const DAY_MS = 86_400_000;
/** Postings reach their final status within about 8 days; re-reading two weeks catches every change. */
export const OZON_POSTINGS_OVERLAP_MS = 14 * DAY_MS;
/** Ozon lists at most a year per request. */
export const OZON_INITIAL_LOOKBACK_MS = 360 * DAY_MS;

type PostingsPosition = { scheme: "fbs" | "fbo"; cursor: string; since: string; to: string };

function postingsSource<Row>(
  resource: "orders" | "sales",
  table: ResourceSource<OzonClient, Row, PostingsPosition>["table"],
  statuses: string[] | undefined,
  map: (posting: OzonPosting) => Row[],
): ResourceSource<OzonClient, Row, PostingsPosition> {
  return {
    provider: "ozon",
    resource,
    table,
    fullSnapshot: false,
    // The period is fixed when the run starts: Ozon's cursors belong to one filter.
    start(watermark, now) {
      const since = watermark
        ? new Date(Date.parse(watermark.to) - OZON_POSTINGS_OVERLAP_MS)
        : new Date(now.getTime() - OZON_INITIAL_LOOKBACK_MS);
      return { scheme: "fbs", cursor: "", since: since.toISOString(), to: now.toISOString() };
    },
    async fetchPage(client, position) {
      const options = { since: new Date(position.since), to: new Date(position.to), cursor: position.cursor || undefined, statuses };
      const rows: Row[] = [];
      let page: OzonPage<OzonPosting>;
      if (position.scheme === "fbs") {
        const fbs = await firstPage(listFbsPostings(client, options));
        page = { ...fbs, items: fbs.items.map((p) => ({ ...p, scheme: "fbs" as const })) };
      } else {
        const fbo = await firstPage(listFboPostings(client, options));
        page = { ...fbo, items: fbo.items.map((p) => ({ ...p, scheme: "fbo" as const })) };
      }
      for (const posting of page.items) rows.push(...map(posting));
      if (page.hasMore)
        return {
          slices: [rows],
          next: { ...position, cursor: page.cursor },
          done: false,
          progress: position.scheme === "fbs" ? 0.25 : 0.75,
        };
      if (position.scheme === "fbs")
        return { slices: [rows], next: { ...position, scheme: "fbo", cursor: "" }, done: false, progress: 0.5 };
      return { slices: [rows], next: position, done: true, progress: 1 };
    },
    watermarkAfter: (position) => position,
  };
}

export const ozonOrdersSource = postingsSource<OrderRow>("orders", orderTable, undefined, mapOzonOrderLines);
export const ozonSalesSource = postingsSource<SaleRow>("sales", saleTable, ["delivered"], mapOzonSaleLines);
