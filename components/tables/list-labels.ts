import { getTranslations } from "next-intl/server";

/** The shared words of every list: sorting, paging, filter buttons, marketplaces. */
export async function listLabels() {
  const t = await getTranslations("views");
  return {
    sort: {
      ascending: t("sort.ascending"),
      descending: t("sort.descending"),
      sortBy: (column: string) => t("sort.sortBy", { column }),
    },
    pager: { label: t("pagination.label"), first: t("pagination.first"), prev: t("pagination.prev"), next: t("pagination.next") },
    filters: { legend: t("filters"), apply: t("search.apply"), reset: t("search.reset") },
    search: t("search.label"),
    marketplaceLabel: t("marketplace.label"),
    marketplaceOptions: [
      { value: "", label: t("marketplace.all") },
      { value: "wildberries", label: t("marketplace.wildberries") },
      { value: "ozon", label: t("marketplace.ozon") },
    ],
    pageSizeLabel: t("pagination.pageSize"),
    pageSizeOptions: ["25", "50", "100"].map((v) => ({ value: v, label: v })),
    exportCsv: t("exportCsv"),
    exportHint: t("exportHint"),
    moscowTime: t("moscowTime"),
  };
}
