import type { Metadata } from "next";
import { Package } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/filters/filter-form";
import { ListPage } from "@/components/lists/list-page";
import { productsTable } from "@/components/tables/products-columns";
import { requirePageMembership } from "@/lib/auth";
import { db } from "@/lib/db";
import { listProducts } from "@/lib/data/products/list-products";
import { archivedFilters, parseProductsParams, productsFilterParams } from "@/lib/validations/products";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("products") };
}

export default async function ProductsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { organizationId } = await requirePageMembership();
  const params = parseProductsParams(await searchParams);
  const [page, t, table] = await Promise.all([listProducts({ db, organizationId, params }), getTranslations("products"), productsTable()]);

  return (
    <ListPage
      resource="products"
      params={params}
      filterParams={productsFilterParams(params)}
      // Rows on other pages mean the page number went past the end: offer the reset, not "connect".
      filtered={Boolean(params.q || params.marketplace || params.archived !== "active") || page.total > 0}
      emptyIcon={Package}
      page={page}
      table={table}
      filters={
        <SelectField
          name="archived"
          label={t("archived.label")}
          defaultValue={params.archived}
          options={archivedFilters.map((v) => ({ value: v, label: t(`archived.${v}`) }))}
        />
      }
    />
  );
}
