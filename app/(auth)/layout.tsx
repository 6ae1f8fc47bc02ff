import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/shell/locale-switch";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("app");
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-4 py-3">
        <span className="text-base font-semibold text-brand-800">{t("name")}</span>
        <LocaleSwitch />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 py-8 md:items-center">
        {children}
      </main>
    </div>
  );
}
