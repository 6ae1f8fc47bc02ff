import { getLocale, getTranslations } from "next-intl/server";
import type { PaymentView } from "@/lib/data/payments/payment-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/tables/data-table";

const TONE: Record<PaymentView["status"], BadgeTone> = {
  pending: "info",
  waiting_for_capture: "warning",
  succeeded: "success",
  canceled: "neutral",
};

/** Payments with their YooKassa status; a pending one links to YooKassa's payment page. */
export async function PaymentsTable({ payments }: { payments: PaymentView[] }) {
  const t = await getTranslations("billing");
  const locale = await getLocale();
  if (payments.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <DataTable
      caption={t("listTitle")}
      rows={payments}
      rowKey={(p) => p.id}
      columns={[
        { key: "createdAt", header: t("createdAt"), cell: (p) => <time>{formatMoscowDateTime(p.createdAt, locale)}</time> },
        { key: "purpose", header: t("purpose"), cell: (p) => p.description },
        { key: "amount", header: t("amount"), align: "right", cell: (p) => formatRub(p.amount, locale) },
        { key: "status", header: t("status"), cell: (p) => <Badge tone={TONE[p.status]}>{t(`statuses.${p.status}`)}</Badge> },
        {
          key: "pay",
          header: t("payNow"),
          hideHeader: true,
          cell: (p) =>
            p.status === "pending" && p.confirmationUrl ? (
              <a href={p.confirmationUrl} className="font-medium text-brand-700 underline">
                {t("payNow")}
              </a>
            ) : null,
        },
      ]}
    />
  );
}
