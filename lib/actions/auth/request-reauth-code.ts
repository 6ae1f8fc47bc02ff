"use server";

import { sessionAction } from "@/lib/actions/define-action";
import { textLoginCode } from "@/lib/actions/auth/shared";
import { noInputSchema } from "@/lib/validations/sessions";

/**
 * Step-up, step 1: texts a code to the signed-in user's own phone, through the login-code flow
 * and its limits (a session cannot ask for codes to any other number).
 */
export const requestReauthCodeAction = sessionAction({ schema: noInputSchema, name: "requestReauthCode" }, async ({ user }) =>
  textLoginCode(user.phone),
);
