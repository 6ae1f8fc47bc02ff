import type { Metadata } from "next";
import { ShoppingCart } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PeriodFields } from "@/components/filters/period-fields";
import { SelectField } from "@/components/filters/filter-form";
import { ListPage } from "@/components/lists/list-page";
import { ordersTable } from "@/components/tables/orders-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listOrders } from "@/lib/data/orders/list-orders";
import { summarizeOrders } from "@/lib/data/orders/summarize-orders";
import { knownOrderStatuses, ordersFilterParams, parseOrdersParams } from "@/lib/validations/orders";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("orders") };
}

export default async function OrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseOrdersParams(await searchParams);
  // The count runs alongside the page query and streams in after the table (Suspense in the pager).
  const summary = summarizeOrders({ db, organizationId, filter: params });
  summary.catch(() => {}); // rejections surface where it is awaited, not as unhandled
  const [page, t, table] = await Promise.all([listOrders({ db, organizationId, params }), getTranslations("orders"), ordersTable()]);

  return (
    <ListPage
      resource="orders"
      moscowTime
      params={params}
      filterParams={ordersFilterParams(params)}
      filtered={Boolean(params.q || params.marketplace || params.status || params.range?.preset !== "30d")}
      emptyIcon={ShoppingCart}
      page={page}
      summary={summary}
      table={table}
      filters={
        <>
          <SelectField
            name="status"
            label={t("status.label")}
            defaultValue={params.status}
            options={[{ value: "", label: t("status.all") }, ...knownOrderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
          />
          <PeriodFields range={params.range} />
        </>
      }
    />
  );
}
