import { getTranslations } from "next-intl/server";
import { TableSkeleton } from "@/components/tables/table-states";

export default async function Loading() {
  const t = await getTranslations("views");
  return <TableSkeleton label={t("loading")} />;
}
