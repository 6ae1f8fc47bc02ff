import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, chmodSync } from "node:fs";
import { freePort } from "./free-port";
import os from "node:os";
import path from "node:path";

/**
 * A real PostgreSQL server for tests and benchmarks: initdb into a temporary directory, a
 * private port on 127.0.0.1, trust auth, stopped and deleted at the end. Runs as the `postgres`
 * user when we are root, since initdb refuses to run as root.
 */
export interface RunningPostgres {
  url: string;
  port: number;
  version: string;
  stop(): void;
}

export function findPostgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  const preferred = versions.includes("15") ? "15" : versions[0];
  if (!preferred) throw new Error("PostgreSQL server binaries not found: install them with `apt-get install -y postgresql`");
  return path.join(root, preferred, "bin");
}

function asPostgres(bin: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  const res = spawnSync(cmd, argv, { encoding: "utf8" });
  if (res.status !== 0) throw new Error(`${path.basename(bin)} failed: ${res.stderr || res.stdout}`);
  return res.stdout;
}

/**
 * `settings` are extra `-c name=value` server settings, e.g. a production-like shared_buffers for
 * benchmarks (the default 128 MB would measure buffer eviction, not our code, at 1M rows).
 */
export async function startPostgres(opts: { settings?: Record<string, string> } = {}): Promise<RunningPostgres> {
  const bin = findPostgresBin();
  const dir = mkdtempSync(path.join(os.tmpdir(), "pg-test-"));
  chmodSync(dir, 0o777);
  const dataDir = path.join(dir, "data");
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  const port = await freePort();
  asPostgres(path.join(bin, "initdb"), ["-D", dataDir, "--auth=trust", "-U", "postgres", "--encoding=UTF8", "--locale=C.UTF-8"]);
  asPostgres(path.join(bin, "pg_ctl"), [
    "-D",
    dataDir,
    "-w",
    "-l",
    path.join(dir, "server.log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200${Object.entries(
      opts.settings ?? {},
    )
      .map(([k, v]) => ` -c ${k}=${v}`)
      .join("")}`,
    "start",
  ]);
  const version = asPostgres(path.join(bin, "postgres"), ["--version"]).trim();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    version,
    stop() {
      try {
        asPostgres(path.join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
