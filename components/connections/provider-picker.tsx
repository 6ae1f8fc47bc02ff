import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Lock } from "lucide-react";
import { roleToManageConnection } from "@/lib/connections/manage-role";
import { listIntegrations } from "@/lib/integrations/all";
import { CATEGORY_ORDER } from "@/components/connections/categories";
import { ProviderIcon } from "@/components/connections/provider-icon";

/**
 * Every provider of the integration registry, by category: adding a provider adds a tile here.
 * A provider only the owner may connect (payments) is shown to others as a locked tile that says why.
 */
export async function ProviderPicker({ isOwner }: { isOwner: boolean }) {
  const t = await getTranslations("connections");
  const tCopy = await getTranslations();
  return (
    <div className="space-y-8">
      {CATEGORY_ORDER.map((category) => {
        const providers = listIntegrations({ category });
        if (providers.length === 0) return null;
        return (
          <section key={category} aria-labelledby={`pick-${category}`}>
            <h2 id={`pick-${category}`} className="mb-3 text-sm font-semibold uppercase tracking-wide text-slate-600">
              {t(`category.${category}`)}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
              {providers.map((p) => {
                const tile = (
                  <>
                    <span className="h-fit rounded-md bg-slate-100 p-2 text-slate-700">
                      <ProviderIcon name={p.icon} />
                    </span>
                    <span>
                      <span className="block font-semibold text-slate-900">{tCopy(p.name)}</span>
                      <span className="block text-sm text-slate-600">{tCopy(p.description)}</span>
                    </span>
                  </>
                );
                if (!isOwner && roleToManageConnection(p.id) === "owner") {
                  return (
                    <li key={p.id} className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-slate-50 p-4">
                      <span className="flex gap-3 opacity-70">{tile}</span>
                      <span className="flex items-start gap-1.5 text-xs text-slate-600">
                        <Lock aria-hidden className="mt-0.5 size-3.5 shrink-0" />
                        {t("ownerOnlyPayments")}
                      </span>
                    </li>
                  );
                }
                return (
                  <li key={p.id}>
                    <Link
                      href={`/connections/new?provider=${p.id}`}
                      className="flex h-full gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
                    >
                      {tile}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
