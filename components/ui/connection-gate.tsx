import { EmptyState } from "@/components/ui/empty-state";
import { ReadOnlyNote } from "@/components/ui/section";

/**
 * What a page that needs a connection (a storage bucket, a payment shop) shows above its list:
 * an invitation to connect while there is none (the link only for those allowed to act), then
 * the controls for those allowed, or a read-only note for everyone else.
 */
export function ConnectionGate({
  connected,
  allowed,
  labels,
  children,
}: {
  connected: boolean;
  allowed: boolean;
  labels: { emptyTitle: string; emptyDescription: string; connect: string; readOnly: string };
  children: React.ReactNode;
}) {
  if (!connected) {
    const action = allowed ? { href: "/connections/new", label: labels.connect } : undefined;
    return <EmptyState title={labels.emptyTitle} description={labels.emptyDescription} action={action} />;
  }
  return allowed ? children : <ReadOnlyNote>{labels.readOnly}</ReadOnlyNote>;
}
