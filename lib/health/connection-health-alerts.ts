import { logger } from "@/lib/logger";
import type { ClaimedTransition } from "@/lib/data/health/mark-transition-alerted";
import type { HealthState } from "@/lib/health/connection-health";

/**
 * Where health alerts go. The default sink writes a structured log line (picked up by the log
 * pipeline's alerting); e-mail, Telegram or a pager are further sinks registered at start-up.
 */
/** A claimed transition is exactly what an alert says (lib/data/health/mark-transition-alerted.ts). */
export type HealthAlert = ClaimedTransition;

export type HealthAlertSink = (alert: HealthAlert) => Promise<void> | void;

const SEVERITY: Record<HealthState, "info" | "warn" | "error"> = {
  unknown: "info",
  healthy: "info",
  token_expiring: "warn",
  stale: "warn",
  degraded: "warn",
  auth_failed: "error",
  disabled: "error",
};

export const logHealthAlert: HealthAlertSink = (alert) => {
  logger[SEVERITY[alert.toState]](
    { alert: "connection_health", ...alert },
    `connection ${alert.connectionName} (${alert.provider}): ${alert.fromState} → ${alert.toState}`,
  );
};

const sinks: HealthAlertSink[] = [logHealthAlert];

export function registerHealthAlertSink(sink: HealthAlertSink): () => void {
  sinks.push(sink);
  return () => {
    const index = sinks.indexOf(sink);
    if (index >= 0) sinks.splice(index, 1);
  };
}

/** Delivers to every sink; one failing sink does not silence the others. */
export async function deliverHealthAlert(alert: HealthAlert): Promise<void> {
  const results = await Promise.allSettled(sinks.map(async (sink) => sink(alert)));
  const failed = results.filter((r) => r.status === "rejected");
  if (failed.length === results.length && failed.length > 0) throw new Error("every health alert sink failed");
  for (const failure of failed) logger.warn({ err: (failure as PromiseRejectedResult).reason }, "a health alert sink failed");
}
