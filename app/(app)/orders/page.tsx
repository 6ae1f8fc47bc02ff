import { ShoppingCart } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listMetadata, streamedSummary, type PageSearchParams } from "@/components/lists/list-config";
import { ListPage } from "@/components/lists/list-page";
import { ordersTable } from "@/components/tables/orders-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listOrders } from "@/lib/data/orders/list-orders";
import { summarizeOrders } from "@/lib/data/orders/summarize-orders";
import { knownOrderStatuses, ordersFilterParams, parseOrdersParams } from "@/lib/validations/orders";

export const generateMetadata = listMetadata("orders");

export default async function OrdersPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { organizationId } = await requirePageMembership();
  const params = parseOrdersParams(await searchParams);
  const summary = streamedSummary(summarizeOrders({ db, organizationId, filter: params }));
  const [page, t, table] = await Promise.all([listOrders({ db, organizationId, params }), getTranslations("orders"), ordersTable()]);
  const statusOptions = [{ value: "", label: t("status.all") }, ...knownOrderStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))];
  const status = { name: "status", label: t("status.label"), defaultValue: params.status, options: statusOptions };
  const narrowed = Boolean(params.status || params.range?.preset !== "30d");

  return (
    <ListPage
      list={{ resource: "orders", emptyIcon: ShoppingCart, moscowTime: true }}
      filters={{ query: ordersFilterParams(params), narrowed, selects: [status], period: params.range }}
      {...{ params, page, summary, table }}
    />
  );
}
