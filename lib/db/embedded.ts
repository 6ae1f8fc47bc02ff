import { existsSync, readFileSync } from "node:fs";
import { rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { startPgliteServer } from "@/lib/db/pglite-server";

/**
 * Resolves the database for tools and the dev server: DATABASE_URL when set, otherwise the
 * embedded PGlite in PGLITE_DATA_DIR. Only one process may own a PGlite directory, so the owner
 * writes a lock file with its pid and port, and other tools connect to it over the socket.
 */
export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server if this call started it. */
  close(): Promise<void>;
}

interface LockFile {
  pid: number;
  port: number;
}

const lockPathOf = (dataDir: string) => `${path.resolve(dataDir)}.lock.json`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function readLiveLock(dataDir: string): LockFile | undefined {
  const lockPath = lockPathOf(dataDir);
  if (!existsSync(lockPath)) return undefined;
  try {
    const lock = JSON.parse(readFileSync(lockPath, "utf8")) as LockFile;
    return isAlive(lock.pid) ? lock : undefined;
  } catch {
    return undefined;
  }
}

export const embeddedUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

export async function resolveDatabase(opts: { databaseUrl?: string; dataDir: string; port?: number }): Promise<ResolvedDatabase> {
  if (opts.databaseUrl) return { url: opts.databaseUrl, embedded: false, close: async () => {} };

  const live = readLiveLock(opts.dataDir);
  if (live) return { url: embeddedUrl(live.port), embedded: true, close: async () => {} };

  await mkdir(path.dirname(path.resolve(opts.dataDir)), { recursive: true });
  const server = await startPgliteServer({ dataDir: opts.dataDir, port: opts.port ?? 0 });
  const lockPath = lockPathOf(opts.dataDir);
  await writeFile(lockPath, JSON.stringify({ pid: process.pid, port: server.port } satisfies LockFile));
  return {
    url: server.connectionString,
    embedded: true,
    async close() {
      await server.close();
      await rm(lockPath, { force: true });
    },
  };
}
