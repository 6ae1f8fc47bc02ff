import { z } from "zod";

/** Ozon timestamps: RFC 3339 with any sub-second precision (`…07.716614Z`). */
export const ozonDateTime = z.iso.datetime({ offset: true });

/** int64 ids Ozon sends as JSON numbers; all real ones fit in a double exactly. */
export const ozonId = z.number().int().nonnegative();

export const postingMoney = z.object({ amount: z.string(), currency: z.string() });

/** Ozon's error body (`rpcStatus`), read leniently: it only feeds an error message. */
export const ozonErrorBody = z.object({
  code: z.number().int().optional(),
  message: z.string().optional(),
  details: z.array(z.unknown()).optional(),
});
