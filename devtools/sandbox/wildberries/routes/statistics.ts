import { parseMoscowDateTime } from "@/lib/integrations/wildberries/moscow-time";
import { WB_RATE_LIMITS } from "@/lib/integrations/wildberries/rate-limits";
import type { SandboxResponse } from "@/devtools/sandbox/core/types";
import { readFeed, type FeedSource } from "@/devtools/sandbox/wildberries/data/feed";
import {
  MAX_CANCEL_DELAY_MS,
  firstOrderAtOrAfter,
  orderLastChangeMs,
  orderRow,
  orderTimeMs,
} from "@/devtools/sandbox/wildberries/data/orders";
import { MAX_SALE_DELAY_MS, saleEvents, saleRow } from "@/devtools/sandbox/wildberries/data/sales";
import { DAY_MS, type AccountWorld } from "@/devtools/sandbox/wildberries/data/world";
import type { WbCall, WbRoute } from "@/devtools/sandbox/wildberries/gate";
import { pingRoute } from "@/devtools/sandbox/wildberries/routes/ping";
import { statisticsBadRequest } from "@/devtools/sandbox/wildberries/responses";

/**
 * statistics-api: orders and sales. With `flag=0` rows come in `lastChangeDate` order from
 * `dateFrom` (inclusive), at most 80 000 per answer; the next page starts at the last row's
 * `lastChangeDate`. With `flag=1` all rows dated on that (Moscow) day come back.
 */
export const STATISTICS_PAGE_ROWS = 80_000;
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

type Query = { fromMs: number; flag: 0 | 1 };

function parseQuery(call: WbCall): Query | SandboxResponse {
  const dateFrom = call.req.query.get("dateFrom");
  if (dateFrom === null || dateFrom === "") return statisticsBadRequest(["dateFrom: field required"]);
  const fromMs = parseMoscowDateTime(dateFrom);
  if (fromMs === undefined) return statisticsBadRequest("dateFrom: Value not validated");
  const flagText = call.req.query.get("flag") ?? "0";
  if (flagText !== "0" && flagText !== "1") return statisticsBadRequest("flag: Value not validated");
  return { fromMs, flag: flagText === "1" ? 1 : 0 };
}

/** [start, end) of the Moscow calendar day containing `ms`. */
function moscowDay(ms: number): [number, number] {
  const start = Math.floor((ms + MOSCOW_OFFSET_MS) / DAY_MS) * DAY_MS - MOSCOW_OFFSET_MS;
  return [start, start + DAY_MS];
}

function ordersSource(world: AccountWorld): FeedSource {
  return {
    maxDelayMs: MAX_CANCEL_DELAY_MS,
    baseTimeMs: (i) => orderTimeMs(world, i),
    firstIndexAtOrAfter: (t) => firstOrderAtOrAfter(world, t),
    events: (i, nowMs, push) => push(orderLastChangeMs(world, i, nowMs), 0),
  };
}

function salesSource(world: AccountWorld): FeedSource {
  return {
    maxDelayMs: MAX_SALE_DELAY_MS,
    baseTimeMs: (i) => orderTimeMs(world, i),
    firstIndexAtOrAfter: (t) => firstOrderAtOrAfter(world, t),
    events: (i, nowMs, push) => saleEvents(world, i, nowMs, push),
  };
}

function listOrders(call: WbCall): SandboxResponse {
  const query = parseQuery(call);
  if ("status" in query) return query;
  const { world, nowMs } = call;
  if (query.flag === 1) {
    const [dayStart, dayEnd] = moscowDay(query.fromMs);
    const first = firstOrderAtOrAfter(world, dayStart);
    const end = firstOrderAtOrAfter(world, Math.min(dayEnd, nowMs + 1));
    const rows = [];
    for (let i = first; i < end; i++) rows.push(orderRow(world, i, nowMs));
    return { status: 200, body: rows };
  }
  const feed = readFeed(ordersSource(world), { fromMs: query.fromMs, nowMs, limit: STATISTICS_PAGE_ROWS });
  return { status: 200, body: feed.map((r) => orderRow(world, r.index, nowMs)) };
}

function listSales(call: WbCall): SandboxResponse {
  const query = parseQuery(call);
  if ("status" in query) return query;
  const { world, nowMs } = call;
  const [fromMs, untilMs, limit] =
    query.flag === 1 ? [...moscowDay(query.fromMs), Number.POSITIVE_INFINITY] : [query.fromMs, undefined, STATISTICS_PAGE_ROWS];
  const feed = readFeed(salesSource(world), { fromMs, untilMs, nowMs, limit });
  return { status: 200, body: feed.map((r) => saleRow(world, r.index, r.kind, r.atMs)) };
}

const rules = WB_RATE_LIMITS.statistics;

export const statisticsRoutes: WbRoute[] = [
  pingRoute("statistics", rules),
  { method: "GET", path: "/api/v1/supplier/orders", category: "statistics", rules, handle: listOrders },
  { method: "GET", path: "/api/v1/supplier/sales", category: "statistics", rules, handle: listSales },
];
