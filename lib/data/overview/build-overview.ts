import type { OrdersPerDayRow, SalesPerDayRow } from "@/lib/data/overview/overview-sql";
import { addDays, type IsoDay } from "@/lib/format/datetime";
import type { DateRange } from "@/lib/validations/list-params";

/** Pure: the per-day rows of both aggregations → KPI totals, deltas and chart series. */
export const overviewMarketplaces = ["wildberries", "ozon"] as const;
type Mp = (typeof overviewMarketplaces)[number];

export interface KpiTotals {
  /** Net of returns (return lines carry negative amounts). */
  revenueKopecks: number;
  orders: number;
  sales: number;
  returns: number;
  /** Gross sales amount / number of sales; 0 without sales. */
  averageCheckKopecks: number;
}

export type KpiKey = keyof KpiTotals;
export const kpiKeys: KpiKey[] = ["revenueKopecks", "orders", "sales", "returns", "averageCheckKopecks"];

export interface DayPoint {
  day: IsoDay;
  revenue: Record<Mp, number>; // kopecks
  orders: Record<Mp, number>;
}

export interface Overview {
  range: DateRange;
  previous: DateRange;
  current: KpiTotals;
  before: KpiTotals;
  /** (current − before) / before, or null when there is nothing to compare with. */
  change: Record<KpiKey, number | null>;
  series: DayPoint[];
  hasData: boolean;
}

const num = (v: bigint | number | string) => Number(v);
const zero = (): Record<Mp, number> => ({ wildberries: 0, ozon: 0 });

function totals(orders: OrdersPerDayRow[], sales: SalesPerDayRow[]): KpiTotals {
  let salesKopecks = 0;
  const t: KpiTotals = { revenueKopecks: 0, orders: 0, sales: 0, returns: 0, averageCheckKopecks: 0 };
  for (const o of orders) t.orders += o.orders;
  for (const s of sales) {
    t.revenueKopecks += num(s.revenueKopecks);
    salesKopecks += num(s.salesKopecks);
    t.sales += s.sales;
    t.returns += s.returns;
  }
  t.averageCheckKopecks = t.sales ? Math.round(salesKopecks / t.sales) : 0;
  return t;
}

const inRange = (range: DateRange) => (row: { day: string }) => row.day >= range.from && row.day <= range.to;

export function buildOverview(input: {
  range: DateRange;
  previous: DateRange;
  orders: OrdersPerDayRow[];
  sales: SalesPerDayRow[];
}): Overview {
  const { range, previous } = input;
  const current = totals(input.orders.filter(inRange(range)), input.sales.filter(inRange(range)));
  const before = totals(input.orders.filter(inRange(previous)), input.sales.filter(inRange(previous)));
  const change = Object.fromEntries(
    kpiKeys.map((k) => [k, before[k] === 0 ? null : (current[k] - before[k]) / Math.abs(before[k])]),
  ) as Record<KpiKey, number | null>;

  const byDay = new Map<string, DayPoint>();
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) byDay.set(day, { day, revenue: zero(), orders: zero() });
  for (const o of input.orders) {
    const point = byDay.get(o.day);
    if (point) point.orders[o.marketplace] += o.orders;
  }
  for (const s of input.sales) {
    const point = byDay.get(s.day);
    if (point) point.revenue[s.marketplace] += num(s.revenueKopecks);
  }
  const hasData = input.orders.length > 0 || input.sales.length > 0;
  return { range, previous, current, before, change, series: [...byDay.values()], hasData };
}
