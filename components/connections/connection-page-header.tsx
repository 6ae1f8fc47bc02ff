import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { HealthBadge } from "@/components/connections/health-badge";

/**
 * The top of a connection's page (the seller's and the admin's): a link back to where it was
 * listed, its name and its health, where a disabled connection shows as disabled whatever its
 * last health was.
 */
export function ConnectionPageHeader({
  back,
  connection,
  description,
}: {
  back: { href: string; label: string };
  connection: { name: string; status: string; health: string };
  description: string;
}) {
  return (
    <>
      <Link href={back.href} className="mb-3 inline-flex items-center gap-1 text-sm text-brand-700 hover:underline">
        <ArrowLeft aria-hidden className="size-4" />
        {back.label}
      </Link>
      <PageHeader
        title={connection.name}
        description={description}
        actions={<HealthBadge state={connection.status === "disabled" ? "disabled" : connection.health} />}
      />
    </>
  );
}
