import { getTranslations } from "next-intl/server";
import { CreatePaymentForm } from "@/components/billing/create-payment-form";
import { PaymentsTable } from "@/components/billing/payments-table";
import { ConnectionGate } from "@/components/ui/connection-gate";
import { titleMetadata } from "@/components/ui/page-metadata";
import { Section, SectionPage } from "@/components/ui/section";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth/session";
import { listConnections } from "@/lib/data/connections/list-connections";
import { listPayments } from "@/lib/data/payments/list-payments";

export const generateMetadata = titleMetadata("billing");

/** Every member sees the payments; only owners create them (the action checks again). */
export default async function BillingPage() {
  const { organizationId, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("billing");
  const [shops, payments] = await Promise.all([
    listConnections({ db, organizationId, provider: "yookassa", status: "active" }),
    listPayments({ db, organizationId }),
  ]);
  const gateLabels = {
    emptyTitle: t("noShopTitle"),
    emptyDescription: t("noShopDescription"),
    connect: t("connect"),
    readOnly: t("readOnly"),
  };

  return (
    <SectionPage title={t("title")} description={t("description")}>
      <ConnectionGate connected={shops.length > 0} allowed={isOwner} labels={gateLabels}>
        <Section id="new-payment" title={t("newTitle")} className="space-y-3">
          <CreatePaymentForm organizationId={organizationId} />
        </Section>
      </ConnectionGate>
      <Section id="payments" title={t("listTitle")} className="space-y-3">
        <PaymentsTable payments={payments} />
      </Section>
    </SectionPage>
  );
}
