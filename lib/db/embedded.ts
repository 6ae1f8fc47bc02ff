import { rm, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { embeddedUrl, lockPathOf, readLiveLock, type LockFile } from "@/lib/db/embedded-lock";
import { startPgliteServer } from "@/lib/db/pglite-server";

export { embeddedUrl, readLiveLock };

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
