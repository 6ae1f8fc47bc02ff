import "server-only";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { titleMetadata } from "@/components/ui/page-metadata";
import { getSession, requirePlatformAdmin } from "@/lib/auth";
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

/**
 * An admin page's tab title, checked like the page: Next resolves metadata beside the layout,
 * so a title that did not check would name the admin area on the 404 a non-admin gets. It does
 * not throw: whichever of the two threw first would decide the 404's title, so a non-admin gets
 * no title of the page's and the layout's 404 looks like any other.
 */
export function adminTitleMetadata(namespace: string, key?: string) {
  const title = titleMetadata(namespace, key);
  return async (): Promise<Metadata> => ((await getSession())?.user.isPlatformAdmin ? title() : {});
}

export const adminPageMetadata = adminTitleMetadata("nav", "admin");
