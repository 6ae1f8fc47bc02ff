import Link from "next/link";
import { Activity } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchField } from "@/components/filters/filter-form";
import { AnySelectField, PageFilterForm } from "@/components/filters/page-filter-form";
import { hrefWith } from "@/components/tables/href";
import { AdminHealthTable } from "@/components/admin/admin-health-table";
import { adminPageMetadata, requireAdminPage } from "@/components/admin/require-admin-page";
import { loginLimits } from "@/lib/auth/login-limits";
import { readSmsBudget } from "@/lib/auth/sms-budget";
import { db } from "@/lib/db";
import { listConnectionsHealthAcrossOrganizations } from "@/lib/data/admin/list-connections-health-across-organizations";
import { listIntegrations } from "@/lib/integrations/all";
import { adminHealthFilterSchema, firstValues, HEALTH_STATES } from "@/lib/validations/connections";

export const generateMetadata = adminPageMetadata;

/** Platform admins: every connection across organisations, problems first. Others get a 404. */
export default async function AdminHealthPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAdminPage();
  const filter = adminHealthFilterSchema.parse(firstValues(await searchParams));
  const [t, tHealth, tViews, tCopy, page, smsBudget] = await Promise.all([
    getTranslations("admin"),
    getTranslations("health.state"),
    getTranslations("views"),
    getTranslations(),
    listConnectionsHealthAcrossOrganizations({ db, filter }),
    readSmsBudget({ db, rule: loginLimits().smsGlobal }),
  ]);
  const params = { state: filter.state, provider: filter.provider, q: filter.q };
  const any = t("filters.any");
  const states = HEALTH_STATES.map((s) => ({ value: s, label: tHealth(s) }));
  const providers = listIntegrations().map((i) => ({ value: i.id, label: tCopy(i.name) }));

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <p
        role={smsBudget.exhausted ? "alert" : undefined}
        className={smsBudget.exhausted ? "mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" : "mb-3 text-xs text-slate-500"}
      >
        {t(smsBudget.exhausted ? "smsBudget.exhausted" : "smsBudget.usage", { used: smsBudget.used, limit: smsBudget.limit })}
      </p>
      <PageFilterForm path="/admin/health">
        <SearchField label={t("filters.organization")} placeholder={t("filters.organizationPlaceholder")} defaultValue={filter.q} />
        <AnySelectField name="state" label={t("filters.state")} defaultValue={filter.state} any={any} options={states} />
        <AnySelectField name="provider" label={t("filters.provider")} defaultValue={filter.provider} any={any} options={providers} />
      </PageFilterForm>
      <p className="mb-2 text-xs text-slate-500">{t("summary", { total: page.total, page: page.page, pages: page.pageCount })}</p>
      {page.rows.length === 0 ? (
        <EmptyState icon={Activity} title={t("empty.title")} description={t("empty.text")} />
      ) : (
        <AdminHealthTable rows={page.rows} />
      )}
      {page.pageCount > 1 ? (
        <nav aria-label={tViews("pagination.label")} className="mt-4 flex gap-2 text-sm">
          {page.page > 1 ? (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={hrefWith("/admin/health", { ...params, page: String(page.page - 1) })}
            >
              {tViews("pagination.prev")}
            </Link>
          ) : null}
          {page.page < page.pageCount ? (
            <Link
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5"
              href={hrefWith("/admin/health", { ...params, page: String(page.page + 1) })}
            >
              {tViews("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
