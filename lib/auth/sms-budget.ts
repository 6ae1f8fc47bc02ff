import type { Db } from "@/lib/db/client";
import { consumeRateLimit, countRateLimitHits, rateLimitKey, type RateLimitRule } from "@/lib/data/auth/rate-limit";
import { alertSinks } from "@/lib/alerts/sinks";
import { logger } from "@/lib/logger";

/**
 * The platform's login SMS across every caller, phone and instance, kept in the shared
 * RateLimitHit table. Per-phone and per-address limits cannot bound an attacker with many
 * addresses and numbers; this can. Crossing it refuses codes and raises one alert per window:
 * the alert's own claim lives in the same table, so many instances still alert once.
 */
const BUDGET_KEY = rateLimitKey("sms-global", "login");
const ALERT_KEY = rateLimitKey("sms-global-alert", "login");

export interface SmsBudgetAlert {
  limit: number;
  windowMinutes: number;
  at: Date;
}

export type SmsBudgetAlertSink = (alert: SmsBudgetAlert) => void;

/** The default sink: an error-level structured line, like the connection health alerts. */
export const logSmsBudgetAlert: SmsBudgetAlertSink = (alert) => {
  logger.error(
    { alert: "sms_budget", limit: alert.limit, windowMinutes: alert.windowMinutes, at: alert.at.toISOString() },
    `login SMS budget crossed: ${alert.limit} SMS in ${alert.windowMinutes} min; new codes are refused until the window slides`,
  );
};

const sinks = alertSinks(logSmsBudgetAlert);

/** Further sinks (mail, Telegram, a pager) register at start-up; returns the unregister call. */
export const registerSmsBudgetAlertSink: (sink: SmsBudgetAlertSink) => () => void = sinks.register;

export type SmsBudgetOutcome = { ok: true; hitId: bigint } | { ok: false };

export async function consumeSmsBudget(options: { db: Db; rule: RateLimitRule; now: Date }): Promise<SmsBudgetOutcome> {
  const { db, rule, now } = options;
  const outcome = await consumeRateLimit({ db, key: BUDGET_KEY, rule, now });
  if (outcome.ok) return outcome;
  const claim = await consumeRateLimit({ db, key: ALERT_KEY, rule: { limit: 1, windowMs: rule.windowMs }, now });
  if (claim.ok) {
    const alert = { limit: rule.limit, windowMinutes: rule.windowMs / 60_000, at: now };
    const { failures } = await sinks.deliver(alert);
    for (const error of failures) logger.warn({ err: error }, "an SMS budget alert sink failed");
  }
  return { ok: false };
}

/** How much of the budget the current window has used, for the platform admins' health page. */
export async function readSmsBudget(options: { db: Db; rule: RateLimitRule; now?: Date }) {
  const used = await countRateLimitHits({ db: options.db, key: BUDGET_KEY, windowMs: options.rule.windowMs, now: options.now });
  return { used, limit: options.rule.limit, exhausted: used >= options.rule.limit };
}
