import { getLocale, getTranslations } from "next-intl/server";
import type { PaymentView } from "@/lib/data/payments/payment-view";
import { formatMoscowDateTime } from "@/lib/format/datetime";
import { formatRub } from "@/lib/format/money";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONE: Record<PaymentView["status"], BadgeTone> = { pending: "info", waiting_for_capture: "warning", succeeded: "success", canceled: "neutral" };

/** Payments with their YooKassa status; a pending one links to YooKassa's payment page. */
export async function PaymentsTable({ payments }: { payments: PaymentView[] }) {
  const t = await getTranslations("billing");
  const locale = await getLocale();
  if (payments.length === 0) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">{t("listTitle")}</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">{t("createdAt")}</th>
          <th scope="col" className="py-2 pr-3 font-medium">{t("purpose")}</th>
          <th scope="col" className="py-2 pr-3 text-right font-medium">{t("amount")}</th>
          <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
          <th scope="col" className="py-2 font-medium"><span className="sr-only">{t("payNow")}</span></th>
        </tr>
      </thead>
      <tbody>
        {payments.map((p) => (
          <tr key={p.id} className="border-b border-slate-100">
            <td className="py-2 pr-3 whitespace-nowrap">{formatMoscowDateTime(p.createdAt, locale)}</td>
            <td className="py-2 pr-3">{p.description}</td>
            <td className="py-2 pr-3 text-right tabular-nums">{formatRub(p.amount, locale)}</td>
            <td className="py-2 pr-3"><Badge tone={TONE[p.status]}>{t(`statuses.${p.status}`)}</Badge></td>
            <td className="py-2">
              {p.status === "pending" && p.confirmationUrl ? (
                <a href={p.confirmationUrl} className="font-medium text-brand-700 underline">{t("payNow")}</a>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
