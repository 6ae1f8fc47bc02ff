import "server-only";
import { notFound, redirect } from "next/navigation";
import { requirePlatformAdmin } from "@/lib/auth";
import { isAppError } from "@/lib/errors/app-error";

/** requirePlatformAdmin for pages: no session → /login; anyone else → the 404 page (the area does not exist for them). */
export async function requireAdminPage() {
  try {
    return await requirePlatformAdmin();
  } catch (error) {
    if (isAppError(error) && error.code === "unauthenticated") redirect("/login");
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
