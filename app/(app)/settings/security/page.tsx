import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { titleMetadata } from "@/components/ui/page-metadata";
import { Section, SectionPage } from "@/components/ui/section";
import { DataTable } from "@/components/tables/data-table";
import { SignOutEverywhereButton } from "@/components/security/sign-out-everywhere-button";
import { getOrganizationsForSwitcher, requirePageSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listUserSessions } from "@/lib/data/sessions/list-user-sessions";

export const generateMetadata = titleMetadata("security");

/** The signed-in user's own sessions and the way to end them all; owners also find their audit log here. */
export default async function SecuritySettingsPage() {
  const { user, session } = await requirePageSession();
  const [t, format, sessions, { active }] = await Promise.all([
    getTranslations("security"),
    getFormatter(),
    listUserSessions({ db, userId: user.id, now: new Date() }),
    getOrganizationsForSwitcher(user.id),
  ]);
  const rows = sessions.map((s) => ({ ...s, current: s.id === session.id }));

  return (
    <SectionPage title={t("title")} description={t("description")}>
      <Section id="sessions-title" title={t("sessions")} className="space-y-3">
        <DataTable
          caption={t("sessions")}
          rowKey={(s) => s.id}
          rows={rows}
          columns={[
            {
              key: "device",
              header: t("device"),
              cell: (s) => (
                <>
                  <span className="font-medium text-slate-900">{s.userAgent ?? t("unknownDevice")}</span>
                  {s.current ? <small>{t("thisDevice")}</small> : null}
                </>
              ),
            },
            { key: "ip", header: t("ip"), cell: (s) => s.ip ?? "—" },
            {
              key: "signedIn",
              header: t("signedIn"),
              cell: (s) => <time>{format.dateTime(s.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>,
            },
            {
              key: "lastSeen",
              header: t("lastSeen"),
              cell: (s) => <time>{format.dateTime(s.lastSeenAt, { dateStyle: "medium", timeStyle: "short" })}</time>,
            },
          ]}
        />
        <p className="text-sm text-slate-600">{t("signOutEverywhereHint")}</p>
        <SignOutEverywhereButton />
      </Section>
      {active?.role === "owner" ? (
        <Section id="audit-link-title" title={t("auditTitle")} className="space-y-2">
          <p className="text-sm text-slate-600">{t("auditHint")}</p>
          <Link href="/settings/audit" className="text-sm font-medium text-blue-700 hover:underline">
            {t("openAudit")}
          </Link>
        </Section>
      ) : null}
    </SectionPage>
  );
}
