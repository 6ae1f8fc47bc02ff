import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import type { NavItem } from "@/components/shell/nav-items";
import { navItems } from "@/components/shell/nav-items";

/** The empty state a section shows before any shop is connected and synced. */
export async function SectionEmpty({ section }: { section: NavItem["key"] }) {
  const t = await getTranslations();
  const item = navItems.find((i) => i.key === section)!;
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <EmptyState
        icon={item.icon}
        title={t("empty.title")}
        description={t("empty.noData")}
        action={{ href: "/connections", label: t("empty.connect") }}
      />
    </>
  );
}
