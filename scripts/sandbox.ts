/**
 * `npm run sandbox`: serves every fake vendor on SANDBOX_PORT and prints the env lines that
 * point the app at it. Stops cleanly on SIGINT / SIGTERM.
 */
import { startSandboxFromEnv } from "@/lib/sandbox";

const sandbox = await startSandboxFromEnv();
const lines = Object.entries(sandbox.baseUrls).map(([name, url]) => `${name}=${url}`);
process.stdout.write(
  [`Sandbox listening on ${sandbox.url}`, "", "# Point the app at it:", ...lines, ""].join("\n"),
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping sandbox\n`);
  await sandbox.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
