import type { OzonClientOptions } from "@/lib/integrations/ozon/client";
import type { OzonCredentials } from "@/lib/integrations/ozon/credentials";
import type { WildberriesClientOptions } from "@/lib/integrations/wildberries/client";
import type { SyncProvider, SyncResourceName } from "@/lib/sync/resources";
import { connectOzon, ozonOrdersSource, ozonProductsSource, ozonSalesSource, ozonStocksSource } from "@/lib/sync/sources/ozon";
import type { AnySource } from "@/lib/sync/sources/types";
import { connectWb, wbOrdersSource, wbProductsSource, wbSalesSource, wbStocksSource } from "@/lib/sync/sources/wildberries";

/** Every (marketplace, resource) the engine can sync, and how to open a vendor client for it. */
const SOURCES: Record<SyncProvider, Record<SyncResourceName, AnySource>> = {
  wildberries: { products: wbProductsSource, stocks: wbStocksSource, orders: wbOrdersSource, sales: wbSalesSource },
  ozon: { products: ozonProductsSource, stocks: ozonStocksSource, orders: ozonOrdersSource, sales: ozonSalesSource },
};

export function getSource(provider: SyncProvider, resource: SyncResourceName): AnySource {
  return SOURCES[provider][resource];
}

/** Client options per marketplace: tests and benchmarks point them at a sandbox or lift limits. */
export interface VendorClientOptions {
  wildberries?: WildberriesClientOptions;
  ozon?: OzonClientOptions;
}

export function openVendorClient(provider: SyncProvider, credentials: Record<string, unknown>, options: VendorClientOptions = {}): unknown {
  return provider === "wildberries"
    ? connectWb(credentials as { token: string }, options.wildberries)
    : connectOzon(credentials as OzonCredentials, options.ozon);
}
