import "server-only";
import type { Db } from "@/lib/db/client";
import { applyYooKassaPayment } from "@/lib/data/payments/apply-yookassa-payment";
import { paymentViewSelect, toPaymentView, type PaymentView } from "@/lib/data/payments/payment-view";
import { getPaymentAccount } from "@/lib/data/payments/yookassa-account";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import type { YooKassaClientOptions } from "@/lib/integrations/yookassa/client";

export interface CreatePaymentOptions {
  db: Db;
  organizationId: string;
  /** Decimal string with two places, in RUB. */
  amount: string;
  description: string;
  /** Chosen once per intended payment by the caller; it becomes the Idempotence-Key. */
  requestId: string;
  /** Where YooKassa sends the payer back; `{paymentId}` is replaced with our row id. */
  returnUrl: string;
  clientOptions?: YooKassaClientOptions;
}

/**
 * Creates a payment exactly once per requestId. The row (holding the Idempotence-Key) is
 * written before YooKassa is called, so a retry after a crash, a timeout or a double click
 * repeats the same request with the same key, and YooKassa answers with the same payment.
 * The retry sends the stored amount and description, not the new input: YooKassa refuses a
 * key reused with a different body. The money goes to the shop the owner chose (getPaymentAccount),
 * never to whichever shop happens to be active.
 */
export async function createPayment(options: CreatePaymentOptions): Promise<PaymentView> {
  const { db, organizationId } = options;
  const account = await getPaymentAccount({ db, organizationId, clientOptions: options.clientOptions });
  let row = await db.payment
    .create({
      data: {
        organizationId,
        idempotenceKey: options.requestId,
        amount: options.amount,
        currency: "RUB",
        description: options.description,
      },
      select: { ...paymentViewSelect, organizationId: true },
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      return db.payment.findUnique({
        where: { idempotenceKey: options.requestId },
        select: { ...paymentViewSelect, organizationId: true },
      });
    });
  // Someone else's key: never reveal or reuse another organisation's payment.
  if (!row || row.organizationId !== organizationId) throw new AppError("conflict", "idempotence key belongs to another payment");
  if (row.providerId) return toPaymentView(row);

  const fetched = await account.client.createPayment(
    {
      amount: { value: row.amount.toFixed(2), currency: "RUB" },
      description: row.description ?? undefined,
      capture: true,
      confirmation: { type: "redirect", return_url: options.returnUrl.replace("{paymentId}", row.id) },
      metadata: { paymentId: row.id },
    },
    { idempotenceKey: options.requestId },
  );
  await applyYooKassaPayment({ db, organizationId, paymentId: row.id, fetched });
  row = await db.payment.findFirstOrThrow({
    where: { id: row.id, organizationId },
    select: { ...paymentViewSelect, organizationId: true },
  });
  return toPaymentView(row);
}
