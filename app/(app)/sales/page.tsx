import { ReceiptText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listMetadata, streamedSummary, type PageSearchParams } from "@/components/lists/list-config";
import { ListPage } from "@/components/lists/list-page";
import { salesTable } from "@/components/tables/sales-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listSales } from "@/lib/data/sales/list-sales";
import { summarizeSales } from "@/lib/data/sales/summarize-sales";
import { parseSalesParams, salesFilterParams } from "@/lib/validations/sales";

export const generateMetadata = listMetadata("sales");

export default async function SalesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { organizationId } = await requirePageMembership();
  const params = parseSalesParams(await searchParams);
  const summary = streamedSummary(summarizeSales({ db, organizationId, filter: params }));
  const [page, t, table] = await Promise.all([listSales({ db, organizationId, params }), getTranslations("sales"), salesTable()]);
  const kindOptions = (["", "sale", "return"] as const).map((v) => ({ value: v, label: t(`kind.${v || "all"}`) }));
  const kind = { name: "kind", label: t("kind.label"), defaultValue: params.kind, options: kindOptions };

  return (
    <ListPage
      list={{ resource: "sales", emptyIcon: ReceiptText, moscowTime: true }}
      filters={{
        query: salesFilterParams(params),
        narrowed: Boolean(params.kind || params.range?.preset !== "30d"),
        selects: [kind],
        period: params.range,
      }}
      {...{ params, page, summary, table }}
    />
  );
}
