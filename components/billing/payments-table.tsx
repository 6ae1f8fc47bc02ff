import { getLocale, getTranslations } from "next-intl/server";
import type { PaymentView } from "@/lib/data/payments/payment-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { actionColumn, RecordTable } from "@/components/tables/record-table";

const TONE: Record<PaymentView["status"], BadgeTone> = {
  pending: "info",
  waiting_for_capture: "warning",
  succeeded: "success",
  canceled: "neutral",
};

/** Payments with their YooKassa status; a pending one links to YooKassa's payment page. */
export async function PaymentsTable({ payments }: { payments: PaymentView[] }) {
  const [t, locale] = await Promise.all([getTranslations("billing"), getLocale()]);
  const payLink = (p: PaymentView) =>
    p.status === "pending" && p.confirmationUrl ? (
      <a href={p.confirmationUrl} className="font-medium text-brand-700 underline">
        {t("payNow")}
      </a>
    ) : null;
  return (
    <RecordTable
      caption={t("listTitle")}
      empty={t("empty")}
      rows={payments}
      columns={[
        { key: "createdAt", header: t("createdAt"), cell: (p) => <time>{formatMoscowDateTime(p.createdAt, locale)}</time> },
        { key: "purpose", header: t("purpose"), cell: (p) => p.description },
        { key: "amount", header: t("amount"), align: "right", cell: (p) => formatRub(p.amount, locale) },
        { key: "status", header: t("status"), cell: (p) => <Badge tone={TONE[p.status]}>{t(`statuses.${p.status}`)}</Badge> },
        actionColumn("pay", t("payNow"), payLink),
      ]}
    />
  );
}
