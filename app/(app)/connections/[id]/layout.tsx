import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requirePageMembership } from "@/lib/auth";
import { getConnection } from "@/lib/data/connections/get-connection";

/**
 * Another organisation's (or a deleted) connection is a real 404 for every page under it. The
 * check sits here, above the pages' loading boundaries: once a loading state has streamed, the
 * status is already 200 and a notFound() in the page could only change what is shown.
 */
export default async function ConnectionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { organizationId } = await requirePageMembership();
  if (!(await getConnection({ db, organizationId, connectionId: id }))) notFound();
  return children;
}
