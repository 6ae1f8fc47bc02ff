/**
 * `npm run sandbox`: serves every fake vendor on SANDBOX_PORT, plus a local S3 (s3rver) on
 * SANDBOX_PORT + 1, and prints the env lines that point the app at them. Stops cleanly on
 * SIGINT / SIGTERM.
 */
import { env } from "@/lib/env";
import { startSandboxFromEnv } from "@/devtools/sandbox";
import { startS3Sandbox } from "@/devtools/sandbox/s3";

const sandbox = await startSandboxFromEnv();
const s3 = await startS3Sandbox({ port: env.SANDBOX_PORT + 1 });
const lines = [...Object.entries(sandbox.baseUrls).map(([name, url]) => `${name}=${url}`), `S3_ENDPOINT=${s3.endpoint}`];
process.stdout.write([`Sandbox listening on ${sandbox.url}`, "", "# Point the app at it:", ...lines, ""].join("\n"));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`\n${signal}: stopping sandbox\n`);
  await Promise.all([sandbox.close(), s3.close()]);
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
