import { Package } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { listMetadata, type PageSearchParams } from "@/components/lists/list-config";
import { ListPage } from "@/components/lists/list-page";
import { productsTable } from "@/components/tables/products-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listProducts } from "@/lib/data/products/list-products";
import { archivedFilters, parseProductsParams, productsFilterParams } from "@/lib/validations/products";

export const generateMetadata = listMetadata("products");

export default async function ProductsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { organizationId } = await requirePageMembership();
  const params = parseProductsParams(await searchParams);
  const [page, t, table] = await Promise.all([listProducts({ db, organizationId, params }), getTranslations("products"), productsTable()]);
  const archivedOptions = archivedFilters.map((v) => ({ value: v, label: t(`archived.${v}`) }));
  const archived = { name: "archived", label: t("archived.label"), defaultValue: params.archived, options: archivedOptions };

  return (
    <ListPage
      list={{ resource: "products", emptyIcon: Package }}
      filters={{ query: productsFilterParams(params), narrowed: params.archived !== "active", selects: [archived] }}
      {...{ params, page, table }}
    />
  );
}
