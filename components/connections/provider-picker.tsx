import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listIntegrations } from "@/lib/integrations/all";
import { CATEGORY_ORDER } from "@/components/connections/categories";
import { ProviderIcon } from "@/components/connections/provider-icon";

/** Every provider of the integration registry, by category: adding a provider adds a tile here. */
export async function ProviderPicker() {
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
              {providers.map((p) => (
                <li key={p.id}>
                  <Link
                    href={`/connections/new?provider=${p.id}`}
                    className="flex h-full gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600 hover:bg-brand-50"
                  >
                    <span className="h-fit rounded-md bg-slate-100 p-2 text-slate-700">
                      <ProviderIcon name={p.icon} />
                    </span>
                    <span>
                      <span className="block font-semibold text-slate-900">{tCopy(p.name)}</span>
                      <span className="block text-sm text-slate-600">{tCopy(p.description)}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
