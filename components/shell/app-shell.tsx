import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { SidebarNav } from "@/components/shell/sidebar-nav";

export async function AppShell({
  children,
  isPlatformAdmin = false,
  header,
}: {
  children: React.ReactNode;
  isPlatformAdmin?: boolean;
  header?: React.ReactNode;
}) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col md:flex-row">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <aside className="border-b border-slate-200 bg-white p-3 md:w-60 md:shrink-0 md:border-b-0 md:border-r">
        <Link href="/" className="mb-4 block px-3 text-base font-semibold text-brand-800">
          {t("name")}
        </Link>
        <SidebarNav isPlatformAdmin={isPlatformAdmin} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-4 py-2">
          {header}
          <LocaleSwitch />
        </header>
        <main id="main" className="flex-1 p-4 md:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
