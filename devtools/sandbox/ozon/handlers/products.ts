import { z } from "zod";
import type { OzonAccount } from "@/devtools/sandbox/ozon/accounts";
import {
  isArchived,
  productIndexFromId,
  productIndexFromOfferId,
  productIndexFromSku,
  productInfo,
  productListItem,
} from "@/devtools/sandbox/ozon/catalog";
import { invalidArgument, invalidPayload } from "@/devtools/sandbox/ozon/errors";
import { ok, type OzonRoute } from "@/devtools/sandbox/ozon/handlers/route";

/** int64 ids arrive as strings (the spec's `format: int64`) or numbers; both are accepted, as Ozon does. */
const idList = z
  .array(z.union([z.string().regex(/^\d+$/), z.number().int()]).transform(Number))
  .min(1)
  .max(1000);

const listBody = z.object({
  filter: z
    .object({
      offer_id: z.array(z.string()).min(1).max(1000).optional(),
      product_id: idList.optional(),
      skus: idList.optional(),
      visibility: z.string().optional(),
    })
    .optional(),
  last_id: z.string().optional(),
  limit: z.number().int().min(1, "limit must be from 1 to 1000").max(1000, "limit must be from 1 to 1000").default(100),
});

const infoBody = z.object({ offer_id: z.array(z.string()).optional(), product_id: idList.optional(), sku: idList.optional() });

function visibilityMatcher(account: OzonAccount, visibility = "ALL"): (index: number) => boolean {
  if (visibility === "ARCHIVED") return (i) => isArchived(account, i);
  if (visibility === "VISIBLE" || visibility === "IN_SALE") return (i) => !isArchived(account, i);
  return () => true;
}

/** `last_id` in Ozon's style: base64 of `[product_id,product_id]` of the page's last item. */
const encodeLastId = (productId: number) => Buffer.from(`[${productId},${productId}]`).toString("base64");
function decodeLastId(account: OzonAccount, lastId: string): number | "invalid" {
  try {
    const [productId] = JSON.parse(Buffer.from(lastId, "base64").toString("utf8")) as number[];
    const index = productIndexFromId(account, Number(productId));
    return index === undefined ? "invalid" : index;
  } catch {
    return "invalid";
  }
}

function indicesByIds(account: OzonAccount, ids: { offer_id?: string[]; product_id?: number[]; sku?: number[] }): number[] {
  const found = [
    ...(ids.offer_id ?? []).map((id) => productIndexFromOfferId(account, id)),
    ...(ids.product_id ?? []).map((id) => productIndexFromId(account, id)),
    ...(ids.sku ?? []).map((id) => productIndexFromSku(account, id)),
  ];
  return [...new Set(found.filter((i): i is number => i !== undefined))];
}

export const productList: OzonRoute = ({ account, body }) => {
  const parsed = listBody.safeParse(body ?? {});
  if (!parsed.success) return invalidPayload(parsed.error);
  const { filter, limit } = parsed.data;
  const matches = visibilityMatcher(account, filter?.visibility);

  if (filter?.offer_id || filter?.product_id || filter?.skus) {
    const indices = indicesByIds(account, { offer_id: filter.offer_id, product_id: filter.product_id, sku: filter.skus });
    return ok({ result: { items: indices.map((i) => productListItem(account, i)), total: indices.length, last_id: "" } });
  }

  const after = parsed.data.last_id ? decodeLastId(account, parsed.data.last_id) : -1;
  if (after === "invalid") return invalidArgument("invalid last_id");
  let total = 0;
  for (let i = 0; i < account.products; i++) if (matches(i)) total++;
  const items = [];
  for (let i = after + 1; i < account.products && items.length < limit; i++) if (matches(i)) items.push(productListItem(account, i));
  const lastItem = items.at(-1);
  return ok({ result: { items, total, last_id: lastItem ? encodeLastId(lastItem.product_id) : "" } });
};

export const productInfoList: OzonRoute = ({ account, body }) => {
  const parsed = infoBody.safeParse(body ?? {});
  if (!parsed.success) return invalidPayload(parsed.error);
  const { offer_id = [], product_id = [], sku = [] } = parsed.data;
  if (offer_id.length + product_id.length + sku.length > 1000) return invalidArgument("too many identifiers: at most 1000 per request");
  const indices = indicesByIds(account, parsed.data).sort((a, b) => a - b);
  return ok({ items: indices.map((i) => productInfo(account, i)) });
};
