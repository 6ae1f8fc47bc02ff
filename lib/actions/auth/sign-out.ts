"use server";

import { signOut } from "@/lib/auth/auth";

/**
 * Ends the session and returns to the login page. Auth.js's signOut event ends the server-side
 * session row (lib/auth/auth.ts), so a copy of the cookie is refused from now on, not only
 * this browser's.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
