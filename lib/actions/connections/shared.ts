import "server-only";
import { getTranslations } from "next-intl/server";
import { describeError } from "@/lib/errors/safe-message";
import type { ActionFailure } from "@/lib/errors/action-result";
import { localizedValidationFailure } from "@/lib/errors/to-action-failure";
import { healthChangedEvent } from "@/lib/inngest/health-events";
import { inngest } from "@/lib/inngest/client";
import type { HealthTransitionRecord } from "@/lib/data/health/apply-health-observation";
import { scopeLabels } from "@/lib/connections/scope-catalog";
import { checkMessageText, type TranslateCheck } from "@/lib/integrations/check-message";
import type { CheckResult, IntegrationDefinition, TranslateKey } from "@/lib/integrations/types";
import { logger } from "@/lib/logger";

/**
 * What the connection actions share (not an action module: no "use server"). Credential
 * inputs are named `credentials.<key>` so they never clash with the form's own fields.
 */
export const CREDENTIAL_PREFIX = "credentials.";

export function readCredentialInput(integration: IntegrationDefinition, formData: FormData | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of integration.credentialFields) {
    const value = formData?.get(`${CREDENTIAL_PREFIX}${field.key}`);
    if (typeof value === "string") out[field.key] = value;
  }
  return out;
}

export type CredentialsParse = { ok: true; credentials: Record<string, unknown> } | { ok: false; failure: ActionFailure };

/** The provider's own zod schema: field errors land beside each credential field. */
export async function parseCredentials(integration: IntegrationDefinition, formData: FormData | undefined): Promise<CredentialsParse> {
  const parsed = integration.credentialsSchema.safeParse(readCredentialInput(integration, formData));
  if (parsed.success) return { ok: true, credentials: parsed.data as Record<string, unknown> };
  return { ok: false, failure: await localizedValidationFailure(parsed.error) };
}

/** The check's verdict in plain language, in the reader's language. */
export async function describeCheck(provider: string, check: CheckResult): Promise<string> {
  const t = await getTranslations();
  const names = (ids: string[]) => scopeLabels(provider, ids, t as TranslateKey);
  if (check.ok) return t("connections.check.ok", { ms: check.latencyMs });
  if (check.missingScopes?.length) return t("connections.check.missingScopes", { scopes: names(check.missingScopes).join(", ") });
  const error = check.error;
  // Transient and rate-limit failures say when to retry; the vendor's own wording says less.
  if (error && (error.transient || error.code === "forbidden_scope")) {
    const safe = describeError(error);
    if (error.code === "forbidden_scope") safe.params.scopes = names(error.missingScopes ?? []).join(", ") || "—";
    return t(`errors.${safe.key}` as never, safe.params as never);
  }
  if (check.message) return checkMessageText(check.message, t as TranslateCheck, names);
  return t("connections.check.failed");
}

/** Where a rejected check is shown: beside the first secret field (the key or token). */
export function checkFailureField(integration: IntegrationDefinition): string | undefined {
  return (integration.credentialFields.find((f) => f.secret) ?? integration.credentialFields[0])?.key;
}

export async function checkFailure(integration: IntegrationDefinition, check: CheckResult): Promise<ActionFailure> {
  const message = await describeCheck(integration.id, check);
  const field = check.field ?? (check.error?.transient ? undefined : checkFailureField(integration));
  return {
    ok: false,
    fieldErrors: field ? { [field]: [message] } : {},
    formError: field ? undefined : message,
    code: check.error ? `integration_${check.error.code}` : "check_failed",
    status: 400,
  };
}

/** Alerts follow health changes through the `connection.health.changed` event; best effort. */
export async function announceTransition(transition: HealthTransitionRecord | null): Promise<void> {
  if (!transition) return;
  try {
    await inngest.send(healthChangedEvent(transition));
  } catch (error) {
    logger.warn({ err: error, connectionId: transition.connectionId }, "health change event not sent");
  }
}
