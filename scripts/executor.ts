/**
 * `npm run executor`: the local Inngest executor (the embedded stand-in for the Inngest dev
 * server) on EXECUTOR_PORT, syncing the app served at APP_URL + /api/inngest. The app must use
 * INNGEST_BASE_URL=http://127.0.0.1:<EXECUTOR_PORT> and the same INNGEST_SIGNING_KEY, which the
 * executor signs its requests with (or INNGEST_DEV=1 and no key, outside production). Stops on SIGINT / SIGTERM.
 */
import { env } from "@/lib/env";
import { startExecutor } from "@/devtools/executor";
import { logger } from "@/lib/logger";

const appUrl = new URL("/api/inngest", env.APP_URL).href;
const executor = await startExecutor({ port: env.EXECUTOR_PORT, appUrls: [appUrl], logger, signingKey: env.INNGEST_SIGNING_KEY });
process.stdout.write(
  [
    `Inngest executor listening on ${executor.url}, syncing ${appUrl}`,
    "",
    "# Point the app at it, with the same INNGEST_SIGNING_KEY (and any INNGEST_EVENT_KEY):",
    `INNGEST_BASE_URL=${executor.url}`,
    "",
  ].join("\n"),
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "executor: stopping");
  await executor.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
