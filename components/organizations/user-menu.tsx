import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KeyRound, LogOut, ShieldCheck, Users } from "lucide-react";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import type { Role } from "@/lib/auth/roles";
import { formatPhone } from "@/lib/validations/auth";

/** Who is signed in, in which role, and the way out. A server component: no client JS needed. */
export async function UserMenu({
  phone,
  name,
  role,
  isPlatformAdmin,
}: {
  phone: string;
  name: string | null;
  role: Role | null;
  isPlatformAdmin: boolean;
}) {
  const t = await getTranslations("userMenu");
  const tAuth = await getTranslations("auth");
  const tRoles = await getTranslations("org.roles");
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md px-2 py-1 text-sm text-slate-800 hover:bg-slate-100" aria-label={t("label")}>
        <span className="font-medium">{name ?? formatPhone(phone)}</span>
        {role ? <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{tRoles(role)}</span> : null}
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-60 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
        <p className="px-2 py-1 text-xs text-slate-500">{formatPhone(phone)}</p>
        {isPlatformAdmin ? (
          <p className="flex items-center gap-2 px-2 py-1 text-xs text-slate-700">
            <ShieldCheck aria-hidden className="size-4" />
            {t("platformAdmin")}
          </p>
        ) : null}
        {role ? (
          <Link href="/settings/team" className="flex items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100">
            <Users aria-hidden className="size-4" />
            {t("teamSettings")}
          </Link>
        ) : null}
        <Link href="/settings/security" className="flex items-center gap-2 rounded px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100">
          <KeyRound aria-hidden className="size-4" />
          {t("security")}
        </Link>
        <form action={signOutAction}>
          <button
            type="submit"
            className="flex w-full items-center gap-2 rounded px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100"
          >
            <LogOut aria-hidden className="size-4" />
            {tAuth("signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
