import { PageHeader } from "@/components/ui/page-header";

/**
 * A part of a page under its own h2, which names the section for screen readers
 * (aria-labelledby), so the id must be unique on the page.
 */
export function Section({
  id,
  title,
  className,
  headingGap = false,
  children,
}: {
  id: string;
  title: React.ReactNode;
  className?: string;
  /** Put the space under the heading rather than between all children (cards, lists). */
  headingGap?: boolean;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={`${headingGap ? "mb-3 " : ""}text-base font-semibold text-slate-900`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Tells a member why the page shows no controls: their role may only look. */
export function ReadOnlyNote({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">{children}</p>;
}

/** A page made of sections under its heading (files, billing, team). */
export function SectionPage({ title, description, children }: { title: string; description?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-6">
      <PageHeader title={title} description={description} />
      {children}
    </div>
  );
}
