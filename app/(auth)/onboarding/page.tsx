import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CreateOrganizationForm } from "@/components/organizations/create-organization-form";
import { PendingInvitations } from "@/components/organizations/pending-invitations";
import { requirePageSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findInvitationIdByToken, listPendingInvitations } from "@/lib/data/organizations/accept-invitation";
import { listUserOrganizations } from "@/lib/data/organizations/list-user-organizations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("onboarding");
  return { title: t("title") };
}

export default async function OnboardingPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const { user } = await requirePageSession();
  const t = await getTranslations("onboarding");
  const { invite } = await searchParams;
  const [invitations, organizations, highlightedId] = await Promise.all([
    listPendingInvitations({ db, phone: user.phone }),
    listUserOrganizations({ db, userId: user.id }),
    invite ? findInvitationIdByToken({ db, token: invite }) : Promise.resolve(null),
  ]);

  return (
    <div className="w-full max-w-2xl space-y-6">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        {organizations.length > 0 ? (
          <Link href="/overview" className="mt-2 inline-block text-sm text-brand-700 underline-offset-2 hover:underline">
            ← {organizations[0].name}
          </Link>
        ) : null}
      </div>
      {invitations.length > 0 ? (
        <PendingInvitations
          invitations={invitations.map((i) => ({
            id: i.id,
            organizationName: i.organization.name,
            role: i.role,
            highlighted: i.id === highlightedId,
          }))}
        />
      ) : null}
      <section aria-labelledby="create-org-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="create-org-title" className="text-base font-semibold text-slate-900">
          {t("createTitle")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("createHint")}</p>
        <CreateOrganizationForm />
      </section>
    </div>
  );
}
