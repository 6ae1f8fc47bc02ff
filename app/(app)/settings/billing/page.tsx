import { getTranslations } from "next-intl/server";
import { CreatePaymentForm } from "@/components/billing/create-payment-form";
import { PaymentDestination } from "@/components/billing/payment-destination";
import { PaymentsTable } from "@/components/billing/payments-table";
import { ConnectionGate } from "@/components/ui/connection-gate";
import { titleMetadata } from "@/components/ui/page-metadata";
import { Section, SectionPage } from "@/components/ui/section";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth/session";
import { listConnections } from "@/lib/data/connections/list-connections";
import { getPaymentDestination } from "@/lib/data/payments/payment-destination";
import { listPayments } from "@/lib/data/payments/list-payments";

export const generateMetadata = titleMetadata("billing");

/**
 * Every member sees the payments and which shop receives the money; only owners choose that
 * shop and create payments (the actions check again). Payments are offered only while the
 * chosen shop is active: the action would refuse them otherwise.
 */
export default async function BillingPage() {
  const { organizationId, allowed: isOwner } = await requirePageMembership({ minRole: "owner" });
  const t = await getTranslations("billing");
  const [shops, destination, payments] = await Promise.all([
    listConnections({ db, organizationId, provider: "yookassa", status: "active" }),
    getPaymentDestination({ db, organizationId }),
    listPayments({ db, organizationId }),
  ]);
  const gateLabels = {
    emptyTitle: t("noShopTitle"),
    emptyDescription: t("noShopDescription"),
    connect: t("connect"),
    readOnly: t("readOnly"),
  };
  const choices = shops.map((s) => ({ connectionId: s.id, name: s.name, shopId: s.accountKey }));

  return (
    <SectionPage title={t("title")} description={t("description")}>
      {shops.length > 0 || destination ? (
        <Section id="payment-destination" title={t("destinationTitle")} className="space-y-3">
          <PaymentDestination organizationId={organizationId} destination={destination} shops={choices} isOwner={isOwner} />
        </Section>
      ) : null}
      <ConnectionGate connected={shops.length > 0} allowed={isOwner} labels={gateLabels}>
        {destination?.status === "active" ? (
          <Section id="new-payment" title={t("newTitle")} className="space-y-3">
            <CreatePaymentForm organizationId={organizationId} />
          </Section>
        ) : null}
      </ConnectionGate>
      <Section id="payments" title={t("listTitle")} className="space-y-3">
        <PaymentsTable payments={payments} />
      </Section>
    </SectionPage>
  );
}
