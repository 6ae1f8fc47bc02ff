import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreatePaymentForm } from "@/components/billing/create-payment-form";
import { PaymentsTable } from "@/components/billing/payments-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth/session";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listPayments } from "@/lib/data/payments/list-payments";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("billing");
  return { title: t("title") };
}

/** Every member sees the payments; only owners create them (the action checks again). */
export default async function BillingPage() {
  const { organizationId, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("billing");
  const [shops, payments] = await Promise.all([
    listConnections({ db, organizationId, provider: "yookassa", status: "active" }),
    listPayments({ db, organizationId }),
  ]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {shops.length === 0 ? (
        <EmptyState
          title={t("noShopTitle")}
          description={t("noShopDescription")}
          action={isOwner ? { href: "/connections/new", label: t("connect") } : undefined}
        />
      ) : isOwner ? (
        <section aria-labelledby="new-payment" className="space-y-3">
          <h2 id="new-payment" className="text-base font-semibold text-slate-900">
            {t("newTitle")}
          </h2>
          <CreatePaymentForm organizationId={organizationId} />
        </section>
      ) : (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("readOnly")}</p>
      )}
      <section aria-labelledby="payments" className="space-y-3">
        <h2 id="payments" className="text-base font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        <PaymentsTable payments={payments} />
      </section>
    </div>
  );
}
