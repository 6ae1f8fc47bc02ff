import { alertSinks } from "@/lib/alerts/sinks";
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

const sinks = alertSinks(logHealthAlert);

export const registerHealthAlertSink: (sink: HealthAlertSink) => () => void = sinks.register;

/** Delivers to every sink; one failing sink does not silence the others. */
export async function deliverHealthAlert(alert: HealthAlert): Promise<void> {
  const { attempted, failures } = await sinks.deliver(alert);
  // Only when no sink took it: the caller releases its claim and the alert is retried.
  if (failures.length === attempted && attempted > 0) throw new Error("every health alert sink failed");
  for (const error of failures) logger.warn({ err: error }, "a health alert sink failed");
}
