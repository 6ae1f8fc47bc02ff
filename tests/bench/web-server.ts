import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { freePort } from "@/tests/support/free-port";
import path from "node:path";

/**
 * The app as production runs it: `next build` (skipped when a build newer than every source
 * file exists), then `next start` on a free loopback port against the benchmark's database.
 */
const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const SOURCE_DIRS = ["app", "components", "lib", "proxy.ts", "next.config.ts", "package.json"];

function newestSourceMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(full)) {
    if (name === "generated" || name.startsWith(".")) continue;
    newest = Math.max(newest, newestSourceMtime(path.join(entry, name)));
  }
  return newest;
}

/** Builds unless a build at least as new as the sources is there (WEB_BENCH_BUILD=always|never|auto). */
export function ensureBuild(mode: string, log: (line: string) => void): void {
  const buildId = path.join(ROOT, ".next/BUILD_ID");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const stale = built < Math.max(...SOURCE_DIRS.map(newestSourceMtime));
  if (mode === "never" || (mode !== "always" && built && !stale)) {
    if (!built) throw new Error("no build in .next and WEB_BENCH_BUILD=never");
    log(`reusing the build in .next${stale ? " (older than the sources: WEB_BENCH_BUILD=never)" : ""}`);
    return;
  }
  log("next build …");
  const started = Date.now();
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build failed with status ${result.status}`);
  log(`next build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

export async function startApp(env: Record<string, string>, log: (line: string) => void): Promise<RunningApp> {
  const port = await freePort();
  // WEB_BENCH_PROFILE=<dir>: a V8 CPU profile of the server, written when it stops.
  const profile = process.env.WEB_BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.WEB_BENCH_PROFILE}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output}`);
    try {
      // Any answer means it listens (health may say 503: no Inngest or sandbox in the bench).
      await (await fetch(`${url}/api/health`)).arrayBuffer();
      log(`next start listening on ${url}`);
      return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output}`);
}
