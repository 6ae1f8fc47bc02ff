"use server";

import { publicAction } from "@/lib/actions/define-action";
import { LoginCodeError, signIn, SMS_CODE_PROVIDER_ID } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listUserOrganizations } from "@/lib/data/organizations/list-user-organizations";
import { getUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import { AppError } from "@/lib/errors/app-error";
import type { ActionResult } from "@/lib/errors/action-result";
import { verifyLoginCodeSchema } from "@/lib/validations/auth";

export type VerifyLoginCodeResult = ActionResult<{ redirectTo: string }>;

/**
 * Step 2 of login: the code goes through Auth.js's Credentials provider, which checks it
 * (lib/auth/verify-login-code.ts) and sets the session cookie. A refused code comes back
 * as a message beside the code field.
 */
export const verifyLoginCodeAction = publicAction(
  { schema: verifyLoginCodeSchema, name: "verifyLoginCode" },
  async ({ input: { phone, code, callbackUrl } }): Promise<{ redirectTo: string }> => {
    try {
      await signIn(SMS_CODE_PROVIDER_ID, { phone, code, redirect: false });
    } catch (error) {
      // Auth.js wraps what authorize() threw; the typed reason inside is what the person sees.
      throw error instanceof LoginCodeError ? error.appError : error;
    }
    // authorize() created the user if this was their first login.
    const user = await getUserByPhone({ db, phone });
    if (!user) throw new AppError("internal", "user missing right after sign-in");
    const organizations = await listUserOrganizations({ db, userId: user.id });
    return {
      redirectTo:
        organizations.length > 0 || user.isPlatformAdmin
          ? (safeCallbackPath(callbackUrl, { origin: env.APP_URL }) ?? "/overview")
          : "/onboarding",
    };
  },
);
