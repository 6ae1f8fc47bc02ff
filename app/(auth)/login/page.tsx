import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginFlow } from "@/components/auth/login-flow";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getSession } from "@/lib/auth/session";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  // Only a live server-side session skips the form: a cookie whose session has ended (sign-out,
  // a block) is still a valid JWT, so the proxy cannot tell and lets it reach this page.
  if (await getSession()) redirect("/overview");
  const t = await getTranslations("auth");
  const { callbackUrl } = await searchParams;
  return (
    <section className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="login-title">
      <h1 id="login-title" className="text-xl font-semibold text-slate-900">
        {t("title")}
      </h1>
      <p className="mb-6 mt-1 text-sm text-slate-600">{t("subtitle")}</p>
      <LoginFlow callbackUrl={safeCallbackPath(callbackUrl, { origin: env.APP_URL }) ?? undefined} />
    </section>
  );
}
