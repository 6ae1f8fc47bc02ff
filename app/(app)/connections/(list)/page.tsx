import type { Metadata } from "next";
import Link from "next/link";
import { Cable, Plus } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { primaryButton } from "@/components/ui/button-classes";
import { ConnectionCard } from "@/components/connections/connection-card";
import { ReadOnlyNotice } from "@/components/connections/read-only-notice";
import { db } from "@/lib/db";
import { canEdit, requirePageMembership } from "@/lib/auth";
import { listConnections } from "@/lib/data/connections/list-connections";
import { findIntegration } from "@/lib/integrations/all";
import { CATEGORY_ORDER } from "@/components/connections/categories";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("connections") };
}

export default async function ConnectionsPage() {
  const { organizationId, role } = await requirePageMembership();
  const [connections, t] = await Promise.all([listConnections({ db, organizationId }), getTranslations("connections")]);
  const editable = canEdit(role);
  const known = connections.flatMap((connection) => {
    const integration = findIntegration(connection.provider);
    return integration ? [{ connection, integration }] : [];
  });
  const groups = CATEGORY_ORDER.map((category) => ({ category, items: known.filter((k) => k.integration.category === category) })).filter(
    (g) => g.items.length > 0,
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          editable ? (
            <Link href="/connections/new" className={primaryButton}>
              <Plus aria-hidden className="size-4" />
              {t("add")}
            </Link>
          ) : null
        }
      />
      {!editable ? <ReadOnlyNotice /> : null}
      {groups.length === 0 ? (
        <EmptyState
          icon={Cable}
          title={t("empty.title")}
          description={t("empty.text")}
          action={editable ? { href: "/connections/new", label: t("add") } : undefined}
        />
      ) : (
        <div className="space-y-8">
          {groups.map((group) => (
            <section key={group.category} aria-labelledby={`category-${group.category}`}>
              <h2 id={`category-${group.category}`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
                {t(`category.${group.category}`)}
              </h2>
              <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
                {group.items.map(({ connection, integration }) => (
                  <ConnectionCard key={connection.id} connection={connection} integration={integration} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
