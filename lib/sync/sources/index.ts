import type { SyncPosition } from "@/lib/data/sync/cursor-state";
import { commitSyncPage, type CommitSyncPageOptions, type CommittedPage } from "@/lib/data/sync/commit-sync-page";
import type { OzonClient, OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import type { WildberriesClientOptions, WildberriesConnection, WildberriesCredentials } from "@/lib/integrations/wildberries/client";
import type { SyncProvider, SyncResourceName } from "@/lib/connections/sync-resources";
import { connectOzon, ozonOrdersSource, ozonProductsSource, ozonSalesSource, ozonStocksSource } from "@/lib/sync/sources/ozon";
import type { ResourceSource } from "@/lib/sync/sources/types";
import { connectWb, wbOrdersSource, wbProductsSource, wbSalesSource, wbStocksSource } from "@/lib/sync/sources/wildberries";

/** An open vendor client, tagged with its marketplace, so each source gets the client it was written for. */
export type VendorClient = { provider: "wildberries"; client: WildberriesConnection } | { provider: "ozon"; client: OzonClient };

/** Where a fetched page is written: everything the page commit needs besides the page itself. */
export type PageWriteTarget = Omit<CommitSyncPageOptions<never>, "table" | "slices" | "next" | "done" | "progress">;

/** A fetched page whose rows stay typed: `write` hands them to the commit with their own table. */
export interface SourcePage {
  next: SyncPosition;
  done: boolean;
  progress?: number;
  write(target: PageWriteTarget): Promise<CommittedPage>;
}

/** A source with its row and position types closed over: what the drivers call. */
export interface SyncSource<Client> {
  fullSnapshot: boolean;
  start(watermark: SyncPosition | undefined, now: Date): SyncPosition;
  watermarkAfter(position: SyncPosition, runStartedAt: Date): SyncPosition;
  fetchPage(client: Client, position: SyncPosition): Promise<SourcePage>;
}

/** Positions come back from jsonb as the source wrote them, so the source reads them as its own type. */
function close<Client, Row, Position extends SyncPosition>(source: ResourceSource<Client, Row, Position>): SyncSource<Client> {
  return {
    fullSnapshot: source.fullSnapshot,
    start: (watermark, now) => source.start(watermark as Position | undefined, now),
    watermarkAfter: (position, runStartedAt) => source.watermarkAfter(position as Position, runStartedAt),
    async fetchPage(client, position) {
      const page = await source.fetchPage(client, position as Position);
      const { slices, ...rest } = page;
      return { ...rest, write: (target) => commitSyncPage({ ...target, ...rest, table: source.table, slices }) };
    },
  };
}

/** Every (marketplace, resource) the engine can sync. */
const SOURCES: {
  wildberries: Record<SyncResourceName, SyncSource<WildberriesConnection>>;
  ozon: Record<SyncResourceName, SyncSource<OzonClient>>;
} = {
  wildberries: {
    products: close(wbProductsSource),
    stocks: close(wbStocksSource),
    orders: close(wbOrdersSource),
    sales: close(wbSalesSource),
  },
  ozon: {
    products: close(ozonProductsSource),
    stocks: close(ozonStocksSource),
    orders: close(ozonOrdersSource),
    sales: close(ozonSalesSource),
  },
};

/** How a resource's runs start and end; fetching a page needs a client (`fetchSourcePage`). */
export function getSource(provider: SyncProvider, resource: SyncResourceName): Omit<SyncSource<never>, "fetchPage"> {
  return SOURCES[provider][resource];
}

export function fetchSourcePage(vendor: VendorClient, resource: SyncResourceName, position: SyncPosition): Promise<SourcePage> {
  return vendor.provider === "wildberries"
    ? SOURCES.wildberries[resource].fetchPage(vendor.client, position)
    : SOURCES.ozon[resource].fetchPage(vendor.client, position);
}

/** Client options per marketplace: tests and benchmarks point them at a sandbox or lift limits. */
export interface VendorClientOptions {
  wildberries?: WildberriesClientOptions;
  ozon?: OzonClientOptions;
}

/** The decrypted credentials of a connection, by marketplace. */
export type VendorCredentials =
  { provider: "wildberries"; credentials: WildberriesCredentials } | { provider: "ozon"; credentials: OzonCredentials };

export function openVendorClient(vendor: VendorCredentials, options: VendorClientOptions = {}): VendorClient {
  return vendor.provider === "wildberries"
    ? { provider: "wildberries", client: connectWb(vendor.credentials, options.wildberries) }
    : { provider: "ozon", client: connectOzon(vendor.credentials, options.ozon) };
}
