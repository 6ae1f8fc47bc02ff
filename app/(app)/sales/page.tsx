import type { Metadata } from "next";
import { ReceiptText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PeriodFields } from "@/components/filters/period-fields";
import { SelectField } from "@/components/filters/filter-form";
import { ListPage } from "@/components/lists/list-page";
import { salesTable } from "@/components/tables/sales-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listSales } from "@/lib/data/sales/list-sales";
import { summarizeSales } from "@/lib/data/sales/summarize-sales";
import { parseSalesParams, salesFilterParams } from "@/lib/validations/sales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("sales") };
}

export default async function SalesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseSalesParams(await searchParams);
  // The count runs alongside the page query and streams in after the table (Suspense in the pager).
  const summary = summarizeSales({ db, organizationId, filter: params });
  summary.catch(() => {}); // rejections surface where it is awaited, not as unhandled
  const [page, t, table] = await Promise.all([listSales({ db, organizationId, params }), getTranslations("sales"), salesTable()]);

  return (
    <ListPage
      resource="sales"
      moscowTime
      params={params}
      filterParams={salesFilterParams(params)}
      filtered={Boolean(params.q || params.marketplace || params.kind || params.range?.preset !== "30d")}
      emptyIcon={ReceiptText}
      page={page}
      summary={summary}
      table={table}
      filters={
        <>
          <SelectField
            name="kind"
            label={t("kind.label")}
            defaultValue={params.kind}
            options={(["", "sale", "return"] as const).map((v) => ({ value: v, label: t(`kind.${v || "all"}`) }))}
          />
          <PeriodFields range={params.range} />
        </>
      }
    />
  );
}
