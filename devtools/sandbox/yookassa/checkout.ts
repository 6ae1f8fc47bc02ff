import type { SandboxResponse } from "@/devtools/sandbox/core/types";
import type { PaymentJson } from "@/devtools/sandbox/yookassa/payments";

/**
 * The sandbox's stand-in for YooKassa's payment form (`confirmation_url`): the dev user
 * clicks "pay" or "decline" and is sent back to the shop's `return_url`.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function checkoutPage(payment: PaymentJson | undefined): SandboxResponse {
  if (!payment) return { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, text: "<h1>Платёж не найден</h1>" };
  const amount = `${payment.amount.value} ${payment.amount.currency}`;
  const description = typeof payment.description === "string" ? `<p>${escape(payment.description)}</p>` : "";
  const form =
    payment.status === "pending"
      ? `<form method="post"><button name="action" value="pay">Оплатить ${escape(amount)}</button> <button name="action" value="decline">Отказаться</button></form>`
      : `<p>Статус: ${escape(payment.status)}</p>`;
  return {
    status: 200,
    headers: { "content-type": "text/html; charset=utf-8" },
    text: `<!doctype html><html lang="ru"><meta charset="utf-8"><title>ЮKassa (песочница)</title><body style="font-family:sans-serif;max-width:28rem;margin:3rem auto"><h1>Тестовая оплата</h1><p>Сумма: <b>${escape(amount)}</b></p>${description}${form}</body></html>`,
  };
}

export function returnTo(payment: PaymentJson | undefined, returnUrl: string | undefined): SandboxResponse {
  if (!payment) return checkoutPage(undefined);
  return returnUrl ? { status: 303, headers: { location: returnUrl } } : checkoutPage(payment);
}
