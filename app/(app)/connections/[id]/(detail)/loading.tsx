import { getTranslations } from "next-intl/server";
import { CardsSkeleton } from "@/components/connections/cards-skeleton";

export default async function Loading() {
  return <CardsSkeleton label={(await getTranslations("views"))("loading")} />;
}
