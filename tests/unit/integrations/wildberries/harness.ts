import { resetCircuits } from "@/lib/integrations/core";
import type { z } from "zod";
import { connectWildberries, type WildberriesClientOptions, type WildberriesConnection } from "@/lib/integrations/wildberries/client";
import { formatMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import * as ops from "@/lib/integrations/wildberries/operations";
import { ordersResponseSchema, salesResponseSchema } from "@/lib/integrations/wildberries/schemas";
import { fetchStatisticsPage, type StatisticsPath } from "@/lib/integrations/wildberries/statistics-page";
import { WB_HOSTS, type WbHost } from "@/lib/integrations/wildberries/rate-limits";
import { startSandbox, type RunningSandbox } from "@/devtools/sandbox/core/server";
import { createWildberriesSandbox, WB_SANDBOX_PREFIXES, type WildberriesSandbox } from "@/devtools/sandbox/wildberries";

/** Every row of one statistics page, read the way the sync reads it (streamed, validated per slice). */
async function statisticsRows<Item extends { lastChangeDate: string }>(
  wb: WildberriesConnection,
  path: StatisticsPath,
  dateFrom: string | Date,
  schema: z.ZodType<Item[]>,
): Promise<Item[]> {
  const from = typeof dateFrom === "string" ? dateFrom : formatMoscowDateTime(dateFrom.getTime());
  const page = await fetchStatisticsPage(wb, path, from, schema, (item) => item);
  return [...page.slices].flat();
}

/** The client's single operations bound to one connection, as the tests call them. */
function bindOperations(wb: WildberriesConnection) {
  return {
    token: wb.token,
    accountKey: wb.accountKey,
    hosts: wb.hosts,
    ping: (host?: WbHost) => ops.ping(wb, host),
    listCards: (params?: { cursor?: ops.CardsCursor; limit?: number }) => ops.listCards(wb, params),
    getStocksReport: (params?: { offset?: number; limit?: number; nmIds?: number[] }) => ops.getStocksReport(wb, params),
    listWarehouses: () => ops.listWarehouses(wb),
    listOrders: ({ dateFrom }: { dateFrom: string | Date }) =>
      statisticsRows(wb, "/api/v1/supplier/orders", dateFrom, ordersResponseSchema),
    listSales: ({ dateFrom }: { dateFrom: string | Date }) => statisticsRows(wb, "/api/v1/supplier/sales", dateFrom, salesResponseSchema),
  };
}

export type WildberriesClient = ReturnType<typeof bindOperations>;

/** A fresh WB sandbox on a free loopback port, with helpers to make clients and accounts. */
export const SANDBOX_START = new Date("2026-06-01T09:00:00Z");
export const DAY_MS = 86_400_000;

export interface WbHarness {
  sandbox: RunningSandbox;
  vendor: WildberriesSandbox;
  baseUrls: Record<WbHost, string>;
  demoToken: string;
  client(token?: string, options?: WildberriesClientOptions): WildberriesClient;
  createAccount(options?: Record<string, unknown>): Promise<{ accountKey: string; token: string }>;
  summary(accountKey: string): Promise<{ products: number; stocks: number; orders: number; sales: number }>;
  control(path: string, body?: unknown): Promise<Response>;
}

export async function startWbSandbox(opts: { scale?: number; rateLimits?: "enforce" | "off"; faults?: string } = {}): Promise<WbHarness> {
  resetCircuits();
  const vendor = createWildberriesSandbox();
  const sandbox = await startSandbox({
    vendors: [vendor],
    scale: opts.scale ?? 2000,
    seed: 7,
    rateLimits: opts.rateLimits ?? "off",
    clock: "manual",
    startAt: SANDBOX_START,
    faults: opts.faults,
    faultTimeoutMs: 5_000,
  });
  const baseUrls = Object.fromEntries(WB_HOSTS.map((h) => [h, `${sandbox.url}${WB_SANDBOX_PREFIXES[h]}`])) as Record<WbHost, string>;
  const demoToken = vendor.demoAccounts(sandbox.ctx)[0].credentials.token;
  const control = (path: string, body?: unknown) =>
    fetch(
      `${sandbox.url}/__sandbox${path}`,
      body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    );
  return {
    sandbox,
    vendor,
    baseUrls,
    demoToken,
    control,
    client: (token = demoToken, options = {}) =>
      // Client limits off unless a test asks for them: the sandbox enforces only where a test turns it on.
      bindOperations(connectWildberries({ token }, { baseUrls, rateLimits: [], timeoutMs: 5_000, ...options })),
    async createAccount(options = {}) {
      const res = await control("/accounts", { vendor: "wildberries", ...options });
      if (res.status !== 201) throw new Error(`createAccount failed: ${res.status} ${await res.text()}`);
      const account = (await res.json()) as { accountKey: string; credentials: { token: string } };
      return { accountKey: account.accountKey, token: account.credentials.token };
    },
    async summary(accountKey) {
      const res = await control("/summary");
      const body = (await res.json()) as {
        vendors: { wildberries: Record<string, { products: number; stocks: number; orders: number; sales: number }> };
      };
      return body.vendors.wildberries[accountKey];
    },
  };
}

export async function collect<T>(pages: AsyncIterable<{ items: T[] }>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...page.items);
  return out;
}
