import { isIntegrationError } from "@/lib/integrations/core";
import type { IntegrationErrorCode } from "@/lib/integrations/core";
import type { CheckResult, Localized } from "@/lib/integrations/types";

/**
 * Runs one cheap authenticated call and reports it as a CheckResult: latency always, and on
 * failure the typed error plus a message a seller can act on. Shared by the service integrations
 * (SMS, payments, DaData, S3), whose checks differ only in the call and the wording.
 */
export async function runLiveCheck(
  probe: () => Promise<Localized | void>,
  messages: Partial<Record<IntegrationErrorCode | "default", Localized>>,
): Promise<CheckResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const message = await probe();
    return { ok: true, latencyMs: latency(), message: message ?? { ru: "Подключение работает", en: "Connection works" } };
  } catch (error) {
    if (!isIntegrationError(error)) throw error;
    const fallback = { ru: "Сервис сейчас недоступен, попробуйте позже", en: "The service is unavailable right now; try again later" };
    return { ok: false, latencyMs: latency(), error, message: messages[error.code] ?? messages.default ?? fallback };
  }
}

/** `••••a1b2`: enough to recognise a key, never enough to use it. */
export function maskSecret(value: string | undefined, visible = 4): string {
  if (!value) return "";
  return value.length <= visible * 2 ? "••••" : `••••${value.slice(-visible)}`;
}
