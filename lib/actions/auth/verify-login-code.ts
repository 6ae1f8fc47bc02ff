"use server";

import { LoginCodeError, signIn, SMS_CODE_PROVIDER_ID } from "@/lib/auth/auth";
import { db } from "@/lib/db";
import { listUserOrganizations } from "@/lib/data/organizations/list-user-organizations";
import { getUserByPhone } from "@/lib/data/users/upsert-user-by-phone";
import { AppError } from "@/lib/errors/app-error";
import { actionSuccess, formDataToObject, type ActionResult } from "@/lib/errors/action-result";
import { actionFailureFrom, localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { safeCallbackPath, verifyLoginCodeSchema } from "@/lib/validations/auth";

export type VerifyLoginCodeResult = ActionResult<{ redirectTo: string }>;

/**
 * Step 2 of login: the code goes through Auth.js's Credentials provider, which checks it
 * (lib/data/auth/verify-login-code.ts) and sets the session cookie. A refused code comes back
 * as a message beside the code field.
 */
export async function verifyLoginCodeAction(_previous: unknown, formData: FormData): Promise<VerifyLoginCodeResult> {
  const parsed = verifyLoginCodeSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return localizedValidationFailure(parsed.error);
  const { phone, code, callbackUrl } = parsed.data;
  try {
    await signIn(SMS_CODE_PROVIDER_ID, { phone, code, redirect: false });
    // authorize() created the user if this was their first login.
    const user = await getUserByPhone({ db, phone });
    if (!user) throw new AppError("internal", "user missing right after sign-in");
    const organizations = await listUserOrganizations({ db, userId: user.id });
    const redirectTo = organizations.length > 0 || user.isPlatformAdmin ? (safeCallbackPath(callbackUrl) ?? "/overview") : "/onboarding";
    return actionSuccess({ redirectTo });
  } catch (error) {
    if (error instanceof LoginCodeError) return actionFailureFrom(error.appError);
    return actionFailureFrom(error, { action: "verifyLoginCode" });
  }
}
