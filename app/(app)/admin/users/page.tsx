import { getFormatter, getTranslations } from "next-intl/server";
import { adminTitleMetadata, requireAdminPage } from "@/components/admin/require-admin-page";
import { Section, SectionPage } from "@/components/ui/section";
import { DataTable } from "@/components/tables/data-table";
import { BlockUserButton } from "@/components/security/block-user-button";
import { db } from "@/lib/db";
import { findUsersForAdmin } from "@/lib/data/admin/find-users-for-admin";
import { formatPhone, phoneSchema } from "@/lib/validations/auth";

export const generateMetadata = adminTitleMetadata("security", "usersTitle");

/** Find a user by phone and block them (every session ends, sign-in is refused) or lift the block. */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ phone?: string }> }) {
  const admin = await requireAdminPage();
  const [t, format] = await Promise.all([getTranslations("security"), getFormatter()]);
  const { phone = "" } = await searchParams;
  // A full number is normalised to E.164; a partial one is searched as typed digits.
  const parsed = phoneSchema.safeParse(phone);
  const prefix = parsed.success ? parsed.data : `+${phone.replace(/\D/g, "")}`;
  const users = phone.replace(/\D/g, "").length >= 3 ? await findUsersForAdmin({ db, phonePrefix: prefix }) : [];

  return (
    <SectionPage title={t("usersTitle")} description={t("usersDescription")}>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="space-y-1 text-sm font-medium text-slate-800">
          <span className="block">{t("searchPhone")}</span>
          <input name="phone" defaultValue={phone} inputMode="tel" className="rounded-md border border-slate-300 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white">
          {t("search")}
        </button>
      </form>
      <Section id="users-title" title={t("usersFound", { count: users.length })} className="space-y-3">
        <DataTable
          caption={t("usersTitle")}
          rowKey={(u) => u.id}
          rows={users}
          columns={[
            { key: "phone", header: t("phone"), cell: (u) => <span className="font-medium">{u.name ?? formatPhone(u.phone)}</span> },
            {
              key: "status",
              header: t("status"),
              cell: (u) =>
                u.blockedAt
                  ? t("blockedSince", { date: format.dateTime(u.blockedAt, { dateStyle: "medium", timeStyle: "short" }) })
                  : t("active"),
            },
            {
              key: "actions",
              header: t("actions"),
              hideHeader: true,
              align: "right",
              cell: (u) =>
                u.id === admin.user.id ? null : (
                  <BlockUserButton userId={u.id} phone={formatPhone(u.phone)} blocked={Boolean(u.blockedAt)} />
                ),
            },
          ]}
        />
      </Section>
    </SectionPage>
  );
}
