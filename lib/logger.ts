import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs with secrets redacted by key name, wherever they sit in the object.
 * Vendor credentials are never passed to the logger on purpose, but redaction is the
 * second line of defence for the day someone logs a whole request.
 */
export const REDACTED_KEYS = [
  "authorization",
  "Authorization",
  "token",
  "apiKey",
  "api_key",
  "Api-Key",
  "api_id",
  "secret",
  "secretKey",
  "secret_key",
  "password",
  "credentials",
  "smsCode",
  "otp",
  "codeHash",
  "accessKeyId",
  "secretAccessKey",
  "Client-Id",
] as const;

const paths = REDACTED_KEYS.flatMap((k) => {
  const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : `["${k}"]`;
  const dot = key.startsWith("[") ? "" : ".";
  return [key, `*${dot}${key}`, `*.*${dot}${key}`, `*.*.*${dot}${key}`];
});

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}) {
  return pino(
    {
      level: options.level ?? env.LOG_LEVEL,
      redact: { paths, censor: "[redacted]" },
      base: undefined,
    },
    options.destination,
  );
}

export const logger = createLogger();
export type Logger = typeof logger;
