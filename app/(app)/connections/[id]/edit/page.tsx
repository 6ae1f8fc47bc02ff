import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ConnectionForm } from "@/components/connections/connection-form";
import { toFieldMeta } from "@/components/connections/credential-field-meta";
import { ReadOnlyNotice } from "@/components/connections/read-only-notice";
import { db } from "@/lib/db";
import { hasRole, requirePageMembership } from "@/lib/auth";
import { roleToManageConnection } from "@/lib/connections/manage-role";
import { getConnection } from "@/lib/data/connections/get-connection";
import { getIntegration } from "@/lib/integrations/all";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("connections.edit"))("title") };
}

/** New credentials for a connection. Secrets start empty: they are write-only, never sent back. */
export default async function EditConnectionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { organizationId, role, allowed } = await requirePageMembership({ minRole: "manager" });
  const connection = await getConnection({ db, organizationId, connectionId: id });
  if (!connection) notFound();
  const [t, tCopy] = await Promise.all([getTranslations("connections"), getTranslations()]);
  const integration = getIntegration(connection.provider);
  const hints = (connection.credentialsHint ?? {}) as Record<string, string>;
  // A payment connection's keys decide where money goes: the owner's alone (the action checks again).
  const ownerOnly = allowed && !hasRole(role, roleToManageConnection(integration.id));
  return (
    <>
      <Link href={`/connections/${connection.id}`} className="mb-3 inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {connection.name}
      </Link>
      <PageHeader title={t("edit.title")} description={t("edit.description", { name: connection.name })} />
      {allowed && !ownerOnly ? (
        <ConnectionForm
          organizationId={organizationId}
          provider={integration.id}
          connectionId={connection.id}
          fields={toFieldMeta(integration.credentialFields, tCopy, hints)}
          mode="edit"
        />
      ) : (
        <ReadOnlyNotice message={ownerOnly ? t("ownerOnlyPayments") : undefined} />
      )}
    </>
  );
}
