"use client";

import { ViewError } from "@/components/tables/view-error";

export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ViewError error={error} reset={reset} />;
}
