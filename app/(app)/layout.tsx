import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { OrganizationSwitcher } from "@/components/organizations/organization-switcher";
import { UserMenu } from "@/components/organizations/user-menu";
import { getOrganizationsForSwitcher, requirePageSession } from "@/lib/auth/session";

/**
 * The signed-in app. No session → /login; no organisation yet → /onboarding, except platform
 * admins, who may use the admin pages without belonging to any organisation.
 */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { user } = await requirePageSession();
  const { organizations, active } = await getOrganizationsForSwitcher(user.id);
  if (!active && !user.isPlatformAdmin) redirect("/onboarding");

  return (
    <AppShell
      isPlatformAdmin={user.isPlatformAdmin}
      header={
        <>
          <OrganizationSwitcher
            organizations={organizations.map((o) => ({ organizationId: o.organizationId, name: o.name }))}
            activeId={active?.organizationId ?? null}
          />
          <UserMenu phone={user.phone} name={user.name} role={active?.role ?? null} isPlatformAdmin={user.isPlatformAdmin} />
        </>
      }
    >
      {children}
    </AppShell>
  );
}
