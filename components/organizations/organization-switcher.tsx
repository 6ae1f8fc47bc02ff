"use client";

import { useTranslations } from "next-intl";
import { switchOrganizationAction } from "@/lib/actions/organizations/switch-organization";
import { Select } from "@/components/ui/select";
import { useOrganizationAction } from "@/components/organizations/use-organization-action";

interface SwitcherOrganization {
  organizationId: string;
  name: string;
}

/** The header's organisation picker; hidden behind plain text when there is only one. */
export function OrganizationSwitcher({ organizations, activeId }: { organizations: SwitcherOrganization[]; activeId: string | null }) {
  const t = useTranslations("org");
  const { pending, run } = useOrganizationAction(null);
  if (organizations.length === 0) return null;
  if (organizations.length === 1) {
    return <span className="max-w-48 truncate text-sm font-medium text-slate-800">{organizations[0].name}</span>;
  }
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span className="sr-only">{t("switcherLabel")}</span>
      <Select
        options={organizations.map((o) => ({ value: o.organizationId, label: o.name }))}
        className="max-w-56 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        value={activeId ?? ""}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(e) => run(switchOrganizationAction, { organizationId: e.target.value }, t("switched"))}
      />
    </label>
  );
}
