"use server";

import { headers } from "next/headers";
import { sessionAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth/auth";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { endAllSessionsOfUser } from "@/lib/auth/end-session";
import { db } from "@/lib/db";
import { noInputSchema } from "@/lib/validations/sessions";

/**
 * "Sign out everywhere": ends every session of the user (other browsers, a copied cookie) and
 * this one, then clears this browser's cookie; the page then goes to the login page.
 */
export const signOutEverywhereAction = sessionAction({ schema: noInputSchema, name: "signOutEverywhere" }, async ({ user }) => {
  await endAllSessionsOfUser({ db, userId: user.id, now: new Date(), ip: clientIpFrom(await headers()) });
  // Clears this browser's cookie without redirecting: a redirect is thrown, and the action wrapper
  // would settle it as a failure. The page navigates to /login on success.
  await signOut({ redirect: false });
});
