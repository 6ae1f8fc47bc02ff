import { isIntegrationError } from "@/lib/integrations/core";
import type { IntegrationErrorCode } from "@/lib/integrations/core";
import type { CheckMessage, CheckResult } from "@/lib/integrations/types";

/**
 * Runs one cheap authenticated call and reports it as a CheckResult: latency always, and on
 * failure the typed error plus a message a seller can act on. Shared by the service integrations
 * (SMS, payments, DaData, S3), whose checks differ only in the call and the wording (message keys
 * under "integrations.check" in lib/i18n/messages).
 */
export async function runLiveCheck(
  probe: () => Promise<CheckMessage | void>,
  messages: Partial<Record<IntegrationErrorCode | "default", CheckMessage>>,
): Promise<CheckResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const message = await probe();
    return { ok: true, latencyMs: latency(), message: message ?? { key: "connected" } };
  } catch (error) {
    if (!isIntegrationError(error)) throw error;
    return { ok: false, latencyMs: latency(), error, message: messages[error.code] ?? messages.default ?? { key: "unavailable" } };
  }
}

/** `••••a1b2`: enough to recognise a key, never enough to use it. */
export function maskSecret(value: string | undefined, visible = 4): string {
  if (!value) return "";
  return value.length <= visible * 2 ? "••••" : `••••${value.slice(-visible)}`;
}
