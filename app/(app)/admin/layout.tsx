import { requireAdminPage } from "@/components/admin/require-admin-page";

/**
 * The admin area exists only for platform admins; everyone else gets a real 404. Checked here,
 * above the pages' loading boundaries, so the status is 404 and not a streamed 200 (each page
 * checks again for itself).
 */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireAdminPage();
  return children;
}
