import { getLocale, getTranslations } from "next-intl/server";
import type { ListSummary } from "@/lib/data/orders/summarize-orders";
import { formatCount, formatRubFromKopecks } from "@/lib/format/money";

/**
 * "12 345 заказов на 1 234 567,00 ₽": how many rows the filters match across all pages. It is
 * awaited inside a Suspense boundary, so the table streams first and the count follows.
 */
export async function ListSummaryText({
  summary,
  messageKey,
}: {
  summary: Promise<ListSummary>;
  messageKey: "orders.summary" | "sales.summary";
}) {
  const [{ count, amountKopecks }, t, locale] = await Promise.all([summary, getTranslations(), getLocale()]);
  return (
    <span aria-live="polite">
      {t(messageKey, { count, countText: formatCount(count, locale), amount: formatRubFromKopecks(amountKopecks, locale) })}
    </span>
  );
}
