import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests in Debian's Chromium against the whole product on its embedded defaults:
 * a fresh PGlite, the sandbox vendors and the local Inngest executor, started by the same
 * `scripts/dev.ts` as `npm run dev` (in --prod mode, after `next build`). Ports differ from
 * the dev defaults so the suite can run beside a developer's own `npm run dev`.
 */
const port = 3100;
export const e2eEnv = {
  APP_URL: `http://127.0.0.1:${port}`,
  PGLITE_DATA_DIR: ".data/e2e-pglite",
  PGLITE_PORT: "54339",
  SANDBOX_PORT: "4110",
  EXECUTOR_PORT: "8388",
  SANDBOX_SCALE: "500",
  SMS_MODE: "sandbox",
  AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
  // `next start` runs in production mode, where credentials need a configured key (no dev fallback).
  CREDENTIALS_ENCRYPTION_KEYS: "e2e:ZTJlLW9ubHkta2V5LWZvci1lbmQtdG8tZW5kLXRlc3Q=",
  LOG_LEVEL: "warn",
  // Lets the suite read /api/health's details, as monitoring would.
  HEALTH_TOKEN: "e2e-health-token-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "tests/artifacts/e2e-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { outputFolder: "tests/artifacts/e2e-report", open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ru-RU",
    timezoneId: "Europe/Moscow",
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: "npx tsx scripts/dev.ts --prod --fresh",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: e2eEnv,
    stdout: "pipe",
    stderr: "pipe",
  },
});
