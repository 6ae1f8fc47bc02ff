import { z } from "zod";
import { WB_RATE_LIMITS } from "@/lib/integrations/wildberries/rate-limits";
import type { SandboxResponse } from "@/devtools/sandbox/core/types";
import { firstProductAfter, product, productIndexOfNm, type Product } from "@/devtools/sandbox/wildberries/data/catalog";
import type { WbCall, WbRoute } from "@/devtools/sandbox/wildberries/gate";
import { pingRoute } from "@/devtools/sandbox/wildberries/routes/ping";
import { contentBadRequest } from "@/devtools/sandbox/wildberries/responses";

/**
 * content-api: POST /content/v2/get/cards/list. Cards are ordered by `updatedAt` (then nmID);
 * the request cursor `{updatedAt, nmID}` is the last card already seen, `limit` ≤ 100.
 */
const bodySchema = z.object({
  settings: z
    .object({
      sort: z.object({ ascending: z.boolean().optional() }).optional(),
      filter: z.object({ textSearch: z.string().optional(), withPhoto: z.number().int().min(-1).max(2).optional() }).optional(),
      cursor: z
        .object({
          limit: z.number().int().min(1).max(100).optional(),
          updatedAt: z.string().nullable().optional(),
          nmID: z.number().int().optional(),
        })
        .optional(),
    })
    .optional(),
});

function cardJson(p: Product) {
  const photo = `https://basket-01.wbbasket.ru/vol${Math.floor(p.nmID / 100000)}/part${Math.floor(p.nmID / 1000)}/${p.nmID}/images`;
  return {
    nmID: p.nmID,
    imtID: p.imtID,
    nmUUID: `01900000-0000-7000-8000-${String(p.nmID).padStart(12, "0")}`,
    subjectID: p.subjectID,
    subjectName: p.subjectName,
    vendorCode: p.vendorCode,
    brand: p.brand,
    title: p.title,
    description: `${p.title}. Демонстрационный товар песочницы.`,
    needKiz: false,
    kizMarked: false,
    photos: [
      {
        big: `${photo}/big/1.webp`,
        c246x328: `${photo}/c246x328/1.webp`,
        c516x688: `${photo}/c516x688/1.webp`,
        square: `${photo}/square/1.webp`,
        tm: `${photo}/tm/1.webp`,
      },
    ],
    dimensions: { length: 30, width: 20, height: 10, weightBrutto: 0.5, isValid: true },
    characteristics: [{ id: 14177449, name: "Цвет", value: ["синий"] }],
    sizes: [{ chrtID: p.chrtID, techSize: p.techSize, wbSize: p.wbSize, skus: [p.barcode] }],
    tags: [],
    createdAt: new Date(p.createdAtMs).toISOString(),
    updatedAt: new Date(p.updatedAtMs).toISOString(),
  };
}

function findBySearch(call: WbCall, text: string): number[] {
  const { world } = call;
  const trimmed = text.trim();
  const byNm = /^\d+$/.test(trimmed) ? productIndexOfNm(world, Number(trimmed)) : undefined;
  if (byNm !== undefined) return [byNm];
  const byArticle = /^art-\d+-(\d+)$/.exec(trimmed);
  if (byArticle && Number(byArticle[1]) < world.productCount && product(world, Number(byArticle[1])).vendorCode === trimmed)
    return [Number(byArticle[1])];
  const byBarcode = /^20(\d{11})$/.exec(trimmed);
  const fromBarcode = byBarcode ? productIndexOfNm(world, Number(byBarcode[1])) : undefined;
  return fromBarcode !== undefined ? [fromBarcode] : [];
}

function listCards(call: WbCall): SandboxResponse {
  if (call.req.body === undefined) return { status: 400, text: "Request body can not be decoded" };
  const parsed = bodySchema.safeParse(call.req.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return contentBadRequest(`Invalid request: ${issue.path.join(".")}: ${issue.message}`);
  }
  const settings = parsed.data.settings ?? {};
  const limit = settings.cursor?.limit ?? 10;
  const ascending = settings.sort?.ascending ?? false;
  const { world } = call;
  const cursorAt = settings.cursor?.updatedAt ? Date.parse(settings.cursor.updatedAt) : undefined;
  if (cursorAt !== undefined && Number.isNaN(cursorAt))
    return contentBadRequest("Invalid request: settings.cursor.updatedAt: invalid date");
  const cursorNm = settings.cursor?.nmID ?? 0;

  let indexes: number[];
  if (settings.filter?.textSearch) {
    indexes = findBySearch(call, settings.filter.textSearch);
  } else if (ascending) {
    const start = cursorAt === undefined ? 0 : firstProductAfter(world, cursorAt, cursorNm);
    indexes = range(start, Math.min(world.productCount, start + limit));
  } else {
    // Descending: the cards strictly before the cursor position.
    const before = cursorAt === undefined ? world.productCount : firstProductAfter(world, cursorAt, cursorNm - 1);
    indexes = range(Math.max(0, before - limit), before).reverse();
  }
  const cards = indexes.map((j) => cardJson(product(world, j)));
  const last = cards.at(-1);
  const cursor = last
    ? { updatedAt: last.updatedAt, nmID: last.nmID, total: cards.length }
    : { updatedAt: settings.cursor?.updatedAt ?? undefined, nmID: settings.cursor?.nmID, total: 0 };
  return { status: 200, body: { cards, cursor } };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

const rules = WB_RATE_LIMITS.content;

export const contentRoutes: WbRoute[] = [
  pingRoute("content", rules),
  { method: "POST", path: "/content/v2/get/cards/list", category: "content", rules, handle: listCards },
];
