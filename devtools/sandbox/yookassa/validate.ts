import { z } from "zod";

/**
 * What the sandbox accepts on create-payment and create-refund: the spec's rules for the
 * fields we support. Failures answer like YooKassa, naming the offending `parameter`.
 */
const CURRENCIES = ["RUB", "EUR", "USD", "KZT", "BYN", "UAH", "UZS", "TRY", "INR", "MDL", "AZN", "AMD"] as const;

const money = z.object({
  value: z
    .string()
    .regex(/^\d+(\.\d{1,2})?$/, "must be a decimal string like 100.00")
    .refine((v) => Number(v) > 0, "must be positive"),
  currency: z.enum(CURRENCIES),
});
const metadata = z.record(z.string().max(32), z.string().max(512).nullable()).refine((m) => Object.keys(m).length <= 16, "at most 16 keys");

export const createPaymentBody = z.looseObject({
  amount: money,
  description: z.string().max(128).optional(),
  capture: z.boolean().optional(),
  confirmation: z
    .looseObject({
      type: z.literal("redirect"),
      return_url: z.string().max(2048),
      enforce: z.boolean().optional(),
      locale: z.string().optional(),
    })
    .optional(),
  metadata: metadata.optional(),
});

export const createRefundBody = z.looseObject({
  payment_id: z.string().length(36),
  amount: money,
  description: z.string().max(250).optional(),
  metadata: metadata.optional(),
});

/** The first problem, as YooKassa would report it: a parameter path and a description. */
export function firstProblem(error: z.ZodError): { parameter: string; description: string } {
  const issue = error.issues[0];
  const parameter = issue.path.map(String).join(".") || "body";
  return { parameter, description: `Invalid parameter value: ${parameter} ${issue.message}` };
}

/** YooKassa's rule for Idempotence-Key values. */
export const IDEMPOTENCE_KEY = /^[0-9a-zA-Z+\-_.]{1,64}$/;
