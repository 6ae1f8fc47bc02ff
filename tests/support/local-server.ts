import http from "node:http";
import type { AddressInfo } from "node:net";

/** A node:http server listening on 127.0.0.1 at a port the OS picked. */
export interface LocalServer {
  server: http.Server;
  port: number;
  url: string;
  /** Stops listening; kept-alive connections are dropped so the close does not wait on a client's pool. */
  close(): Promise<void>;
}

/** Serves `handler` on loopback, for a test to point a client (or a sandbox's webhook) at. */
export async function serveLocally(handler: http.RequestListener): Promise<LocalServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
