import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * The one 404 of the app, in the reader's language: unknown addresses, another organisation's
 * records and the admin area for non-admins all end here, and look the same. It sets no title of
 * its own, so the tab shows the app's name whichever way the 404 was reached.
 */
export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-sm font-semibold text-slate-500">404</p>
      <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
      <p className="text-sm text-slate-700">{t("description")}</p>
      <Link
        href="/overview"
        className="mt-2 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
      >
        {t("home")}
      </Link>
    </main>
  );
}
