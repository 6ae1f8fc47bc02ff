import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

/** A page's generateMetadata: the browser tab title is one message (by default the namespace's "title"). */
export function titleMetadata(namespace: string, key = "title") {
  return async (): Promise<Metadata> => ({ title: (await getTranslations(namespace))(key as never) });
}
