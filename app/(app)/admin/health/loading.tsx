import { getTranslations } from "next-intl/server";
import { TableSkeleton } from "@/components/tables/table-states";

export default async function Loading() {
  return <TableSkeleton label={(await getTranslations("views"))("loading")} columns={8} />;
}
