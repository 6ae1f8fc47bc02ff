import { z } from "zod";
import { productIndexFromId, productIndexFromOfferId } from "@/devtools/sandbox/ozon/catalog";
import { decodeCursor, encodeCursor } from "@/devtools/sandbox/ozon/cursor";
import { invalidArgument, invalidPayload } from "@/devtools/sandbox/ozon/errors";
import { ok, type OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";
import { stocksItem } from "@/devtools/sandbox/ozon/stock-levels";

const body = z.object({
  cursor: z.string().optional(),
  filter: z.object({
    offer_id: z.array(z.string()).max(1000).optional(),
    product_id: z
      .array(z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(Number))
      .max(1000)
      .optional(),
    visibility: z.string().optional(),
  }),
  limit: z.number().int().min(1, "limit must be from 1 to 1000").max(1000, "limit must be from 1 to 1000"),
});

/** `/v4/product/info/stocks`: cursor paging over products; an empty cursor in the answer means the end. */
export const productStocks: OzonRoute = ({ account, body: raw, nowMs }) => {
  const parsed = body.safeParse(raw ?? {});
  if (!parsed.success) return invalidPayload(parsed.error);
  const { filter, limit } = parsed.data;

  if (filter.offer_id?.length || filter.product_id?.length) {
    const indices = [
      ...(filter.offer_id ?? []).map((id) => productIndexFromOfferId(account, id)),
      ...(filter.product_id ?? []).map((id) => productIndexFromId(account, id)),
    ].filter((i): i is number => i !== undefined);
    const unique = [...new Set(indices)].sort((a, b) => a - b);
    return ok({ items: unique.map((i) => stocksItem(account, i, nowMs)), total: unique.length, cursor: "" });
  }

  const from = decodeCursor(parsed.data.cursor);
  if (from === "invalid") return invalidArgument("invalid cursor");
  const start = from ?? 0;
  const end = Math.min(account.products, start + limit);
  const items = [];
  for (let i = start; i < end; i++) items.push(stocksItem(account, i, nowMs));
  return ok({ items, total: account.products, cursor: end < account.products ? encodeCursor(end) : "" });
};
