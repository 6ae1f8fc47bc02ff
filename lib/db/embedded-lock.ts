import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * How a process finds the embedded PGlite another process owns: its lock file (pid and port).
 * Kept apart from embedded.ts, which starts PGlite: the app's lib/db.ts only reads the lock, and
 * importing PGlite there made the build copy its 15 MB of WASM and data into the browser's
 * static files (/_next/static/media).
 */
export interface LockFile {
  pid: number;
  port: number;
}

export const lockPathOf = (dataDir: string) => `${path.resolve(dataDir)}.lock.json`;

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
