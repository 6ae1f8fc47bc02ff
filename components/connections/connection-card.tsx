import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronRight } from "lucide-react";
import type { ConnectionView } from "@/lib/data/connections/connection-view";
import type { IntegrationDefinition } from "@/lib/integrations/types";
import { ConnectionFacts } from "@/components/connections/connection-facts";
import { HealthBadge } from "@/components/connections/health-badge";
import { ProviderIcon } from "@/components/connections/provider-icon";

/** One connection in the list: name, provider, health badge and the facts that need attention. */
export async function ConnectionCard({ connection, integration }: { connection: ConnectionView; integration: IntegrationDefinition }) {
  const t = await getTranslations("connections");
  const tCopy = await getTranslations();
  return (
    <article
      aria-labelledby={`connection-${connection.id}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <header className="flex items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <span className="rounded-md bg-slate-100 p-2 text-slate-700">
            <ProviderIcon name={integration.icon} />
          </span>
          <div className="min-w-0">
            <h3 id={`connection-${connection.id}`} className="truncate font-semibold text-slate-900">
              {connection.name}
            </h3>
            <p className="text-xs text-slate-500">{tCopy(integration.name)}</p>
          </div>
        </div>
        <HealthBadge state={connection.status === "disabled" ? "disabled" : connection.health} />
      </header>
      <ConnectionFacts connection={connection} integration={integration} />
      <Link
        href={`/connections/${connection.id}`}
        className="mt-auto inline-flex items-center gap-1 self-start text-sm font-medium text-brand-700 hover:underline"
      >
        {t("open")}
        <span className="sr-only">: {connection.name}</span>
        <ChevronRight aria-hidden className="size-4" />
      </Link>
    </article>
  );
}
