"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { navItems } from "@/components/shell/nav-items";

export function SidebarNav({ isPlatformAdmin }: { isPlatformAdmin: boolean }) {
  const pathname = usePathname();
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("label")} className="flex flex-row gap-1 overflow-x-auto md:flex-col">
      {navItems
        .filter((item) => !item.adminOnly || isPlatformAdmin)
        .map((item) => {
          const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
          const Icon = item.icon;
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`flex shrink-0 items-center gap-2 rounded-md px-3 py-2 text-sm font-medium ${
                active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"
              }`}
            >
              <Icon aria-hidden className="size-4" />
              {t(item.key)}
            </Link>
          );
        })}
    </nav>
  );
}
