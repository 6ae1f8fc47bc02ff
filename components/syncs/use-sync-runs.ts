"use client";

import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { isActiveRun, type SyncRunDto } from "@/lib/connections/sync-run-dto";

/** How long "Sync now" waits for its runs to appear before it stops polling (the queue may be busy). */
const START_WAIT_MS = 90_000;

export interface SyncRequest {
  requestedAt: string;
  resources: string[];
}

async function fetchRuns(organizationId: string, connectionId: string): Promise<SyncRunDto[]> {
  const search = new URLSearchParams({ organizationId, connectionId, take: "20" });
  const res = await fetch(`/api/sync-runs?${search}`, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`sync runs ${res.status}`);
  return ((await res.json()) as { runs: SyncRunDto[] }).runs;
}

/** Whether every resource of the request has a run queued since it was made. */
export function requestStarted(request: SyncRequest, runs: SyncRunDto[]): boolean {
  const since = Date.parse(request.requestedAt);
  return request.resources.every((resource) => runs.some((r) => r.resource === resource && Date.parse(r.queuedAt) >= since));
}

/**
 * A connection's recent runs, polled about once a second while one is queued or running, or while
 * a "Sync now" waits for its runs to start; idle otherwise. `onFinished` fires once per run that
 * was seen active and has now ended, for the toast.
 */
export function useSyncRuns(options: {
  organizationId: string;
  connectionId: string;
  initialRuns: SyncRunDto[];
  request: SyncRequest | null;
  onFinished: (run: SyncRunDto) => void;
}) {
  const { organizationId, connectionId, request, onFinished } = options;
  const query = useQuery({
    queryKey: ["sync-runs", organizationId, connectionId],
    queryFn: () => fetchRuns(organizationId, connectionId),
    initialData: options.initialRuns,
    staleTime: 0,
    refetchInterval: (q) => {
      const runs = q.state.data ?? [];
      if (runs.some(isActiveRun)) return 1000;
      const waiting = request && !requestStarted(request, runs) && Date.now() - Date.parse(request.requestedAt) < START_WAIT_MS;
      return waiting ? 1000 : false;
    },
  });

  // A fast run may start and end between two polls, so runs of the current request count too.
  const seenActive = useRef(new Set<string>());
  const announced = useRef(new Set<string>());
  useEffect(() => {
    const since = request ? Date.parse(request.requestedAt) : Infinity;
    for (const run of query.data) {
      if (isActiveRun(run)) {
        seenActive.current.add(run.id);
      } else if ((seenActive.current.has(run.id) || Date.parse(run.queuedAt) >= since) && !announced.current.has(run.id)) {
        announced.current.add(run.id);
        onFinished(run);
      }
    }
  }, [query.data, request, onFinished]);

  return query;
}
