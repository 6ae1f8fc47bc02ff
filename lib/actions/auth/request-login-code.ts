"use server";

import { publicAction } from "@/lib/actions/define-action";
import { textLoginCode } from "@/lib/actions/auth/shared";
import type { ActionResult } from "@/lib/errors/action-result";
import { requestLoginCodeSchema } from "@/lib/validations/auth";

type LoginCodeSent = { phone: string; resendAfterSeconds: number; sandbox: boolean };
export type RequestLoginCodeResult = ActionResult<LoginCodeSent>;

/** Step 1 of login: texts a 6-digit code to the phone. Open to anyone; limited per phone and IP. */
export const requestLoginCodeAction = publicAction(
  { schema: requestLoginCodeSchema, name: "requestLoginCode" },
  async ({ input }): Promise<LoginCodeSent> => ({ phone: input.phone, ...(await textLoginCode(input.phone)) }),
);
