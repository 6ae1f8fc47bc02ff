import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { NothingSynced } from "@/components/tables/table-states";
import type { NavItem } from "@/components/shell/nav-items";
import { navItems } from "@/components/shell/nav-items";

/** What a section shows before any shop is connected and synced. */
export async function SectionEmpty({ section }: { section: NavItem["key"] }) {
  const t = await getTranslations();
  const item = navItems.find((i) => i.key === section)!;
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} />
      <NothingSynced icon={item.icon} />
    </>
  );
}
