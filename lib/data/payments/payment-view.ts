import type { Prisma } from "@/lib/generated/prisma/client";

/** The fields of a payment the billing page shows. Amounts leave as strings: Decimal is not serialisable. */
export const paymentViewSelect = {
  id: true,
  providerId: true,
  status: true,
  amount: true,
  currency: true,
  description: true,
  confirmationUrl: true,
  paidAt: true,
  createdAt: true,
} satisfies Prisma.PaymentSelect;

type PaymentRow = Prisma.PaymentGetPayload<{ select: typeof paymentViewSelect }>;

export type PaymentView = Omit<PaymentRow, "amount"> & { amount: string };

export function toPaymentView(row: PaymentRow): PaymentView {
  return { ...row, amount: row.amount.toFixed(2) };
}
