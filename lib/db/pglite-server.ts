import { mkdir } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PgliteProtocolQueue } from "@/lib/db/pglite-protocol-queue";

/**
 * The embedded database: PGlite (PostgreSQL compiled to WASM) served over the Postgres wire
 * protocol on 127.0.0.1, so Prisma, `pg` and the schema engine talk to it exactly as they talk
 * to a real server. Only one process may own a data directory, so the dev script runs it once
 * and everything else connects over the socket.
 */
export interface RunningPglite {
  connectionString: string;
  port: number;
  close(): Promise<void>;
}

export async function startPgliteServer(opts: { dataDir?: string; port?: number; maxConnections?: number } = {}): Promise<RunningPglite> {
  if (opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  const db = await PGlite.create(opts.dataDir ? { dataDir: opts.dataDir } : {});
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: opts.port ?? 0,
    // PGlite runs one query at a time; the socket server queues statements from many connections.
    maxConnections: opts.maxConnections ?? 32,
  });
  // Replace the socket server's per-message queue with one that keeps protocol cycles and
  // transactions whole (see PgliteProtocolQueue). Handlers read it from the server per connection.
  (server as unknown as { queryQueue: PgliteProtocolQueue }).queryQueue = new PgliteProtocolQueue(db);
  await server.start();
  const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  const port = address.port;
  return {
    port,
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
