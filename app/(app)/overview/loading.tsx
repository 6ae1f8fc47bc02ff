import { getTranslations } from "next-intl/server";
import { OverviewSkeleton } from "@/components/overview/overview-skeleton";

export default async function Loading() {
  const t = await getTranslations("views");
  return <OverviewSkeleton label={t("loading")} />;
}
