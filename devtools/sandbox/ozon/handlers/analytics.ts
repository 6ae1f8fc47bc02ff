import { z } from "zod";
import { offerIdOf, productName, productPrice, skuOf } from "@/devtools/sandbox/ozon/catalog";
import { invalidArgument, invalidPayload } from "@/devtools/sandbox/ozon/errors";
import { ok, type OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";
import { postingStatus } from "@/devtools/sandbox/ozon/lifecycle";
import { postingLines } from "@/devtools/sandbox/ozon/posting-rows";
import { firstIndexAtOrAfter, postingTimeMs } from "@/devtools/sandbox/ozon/timeline";

const DAY_MS = 86_400_000;
/** Groupings open to every seller; the rest need Premium Plus, which sandbox accounts lack. */
const OPEN_DIMENSIONS = ["day", "sku"] as const;

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "must be a date, YYYY-MM-DD");
const body = z.object({
  date_from: date,
  date_to: date,
  dimension: z.array(z.string()).min(1),
  metrics: z.array(z.string()).min(1).max(14, "up to 14 metrics"),
  limit: z.number().int().min(1, "limit must be from 1 to 1000").max(1000, "limit must be from 1 to 1000"),
  offset: z.number().int().min(0).default(0),
  sort: z.array(z.object({ key: z.string(), order: z.enum(["ASC", "DESC"]).default("ASC") })).optional(),
  filters: z.array(z.unknown()).optional(),
});

type Row = { dimensions: Array<{ id: string; name: string }>; metrics: number[] };

/**
 * `/v1/analytics/data`: order metrics aggregated from the same postings the list methods return
 * (FBS and FBO alike), so revenue in analytics and in synced orders agree.
 */
export const analyticsData: OzonRoute = ({ account, body: raw, nowMs }) => {
  const parsed = body.safeParse(raw ?? {});
  if (!parsed.success) return invalidPayload(parsed.error);
  const q = parsed.data;
  const closed = q.dimension.find((d) => !(OPEN_DIMENSIONS as readonly string[]).includes(d));
  if (closed) return invalidArgument(`dimension ${closed} is available with Premium Plus only`);
  const fromMs = Date.parse(q.date_from.slice(0, 10));
  const toMs = Date.parse(q.date_to.slice(0, 10)) + DAY_MS - 1;
  if (Number.isNaN(fromMs) || Number.isNaN(toMs) || toMs < fromMs)
    return invalidArgument("invalid period: date_from must not be after date_to");

  const rows = new Map<string, Row>();
  const end = firstIndexAtOrAfter(account, Math.min(toMs, nowMs) + 1);
  for (let i = firstIndexAtOrAfter(account, fromMs); i < end; i++) {
    const dayNumber = Math.floor(postingTimeMs(account, i) / DAY_MS);
    const status = postingStatus(account, i, nowMs);
    for (const line of postingLines(account, i)) {
      const key = q.dimension.map((d) => (d === "day" ? dayNumber : line.productIndex)).join("|");
      let row = rows.get(key);
      if (!row) {
        const day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
        const dimensions = q.dimension.map((d) =>
          d === "day"
            ? { id: day, name: "" }
            : {
                id: String(skuOf(account, line.productIndex)),
                name: productName(account, line.productIndex) || offerIdOf(line.productIndex),
              },
        );
        row = { dimensions, metrics: q.metrics.map(() => 0) };
        rows.set(key, row);
      }
      q.metrics.forEach((metric, m) => {
        row.metrics[m] += metricValue(metric, line.quantity, productPrice(account, line.productIndex), status);
      });
    }
  }

  const data = [...rows.values()];
  const sort = q.sort?.[0];
  const sortAt = sort ? q.metrics.indexOf(sort.key) : -1;
  if (sortAt >= 0) data.sort((a, b) => (sort!.order === "DESC" ? -1 : 1) * (a.metrics[sortAt] - b.metrics[sortAt]));
  else
    data.sort((a, b) =>
      a.dimensions
        .map((d) => d.id)
        .join("|")
        .localeCompare(b.dimensions.map((d) => d.id).join("|")),
    );
  const totals = q.metrics.map((_, m) => data.reduce((sum, row) => sum + row.metrics[m], 0));
  const timestamp = new Date(nowMs).toISOString().replace("T", " ").slice(0, 19);
  return ok({ result: { data: data.slice(q.offset, q.offset + q.limit), totals }, timestamp });
};

function metricValue(metric: string, quantity: number, price: number, status: string): number {
  switch (metric) {
    case "revenue":
      return quantity * price;
    case "ordered_units":
      return quantity;
    case "delivered_units":
      return status === "delivered" ? quantity : 0;
    case "cancellations":
      return status === "cancelled" ? quantity : 0;
    default:
      return 0; // traffic metrics (hits, sessions, …) are not simulated
  }
}
