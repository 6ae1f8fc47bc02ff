import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ConnectionForm } from "@/components/connections/connection-form";
import { toFieldMeta } from "@/components/connections/credential-field-meta";
import { ProviderPicker } from "@/components/connections/provider-picker";
import { ReadOnlyNotice } from "@/components/connections/read-only-notice";
import { hasRole, requirePageMembership } from "@/lib/auth";
import { roleToManageConnection } from "@/lib/connections/manage-role";
import { findIntegration } from "@/lib/integrations/all";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections"))("add") };
}

/** /connections/new lists the registry's providers; ?provider=<id> shows that provider's form. */
export default async function NewConnectionPage({ searchParams }: { searchParams: Promise<{ provider?: string | string[] }> }) {
  const { organizationId, role, allowed } = await requirePageMembership({ minRole: "manager" });
  const [t, tCopy] = await Promise.all([getTranslations("connections"), getTranslations()]);
  const providerId = [(await searchParams).provider].flat()[0];
  const back = (
    <Link
      href={providerId ? "/connections/new" : "/connections"}
      className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
    >
      <ArrowLeft aria-hidden className="size-4" />
      {providerId ? t("new.otherProvider") : t("backToList")}
    </Link>
  );
  if (!allowed) {
    return (
      <>
        <PageHeader title={t("add")} />
        <ReadOnlyNotice />
        {back}
      </>
    );
  }
  if (!providerId) {
    return (
      <>
        <PageHeader title={t("new.title")} description={t("new.description")} actions={back} />
        <ProviderPicker isOwner={hasRole(role, "owner")} />
      </>
    );
  }
  const integration = findIntegration(providerId);
  if (!integration) notFound();
  if (!hasRole(role, roleToManageConnection(integration.id))) {
    return (
      <>
        <PageHeader title={t("new.connectProvider", { provider: tCopy(integration.name) })} actions={back} />
        <ReadOnlyNotice message={t("ownerOnlyPayments")} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t("new.connectProvider", { provider: tCopy(integration.name) })}
        description={tCopy(integration.description)}
        actions={back}
      />
      <ConnectionForm
        organizationId={organizationId}
        provider={integration.id}
        fields={toFieldMeta(integration.credentialFields, tCopy)}
        mode="create"
        defaultName={tCopy(integration.name)}
      />
    </>
  );
}
