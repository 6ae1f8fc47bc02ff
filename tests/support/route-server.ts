import http from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";

type RouteHandler = (request: NextRequest, context: never) => Response | Promise<Response>;

/**
 * An App Router route module (`export const { GET, POST, PUT }`) served over node:http on
 * 127.0.0.1, so a test can call the real route as a client or the local executor would.
 */
export async function serveRoute(
  route: Partial<Record<"GET" | "POST" | "PUT", RouteHandler>>,
  port = 0,
): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(async (req, res) => {
    const handler = route[req.method as "GET" | "POST" | "PUT"];
    if (!handler) return res.writeHead(405).end();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const request = new NextRequest(`http://${req.headers.host ?? "127.0.0.1"}${req.url ?? "/"}`, {
      method: req.method,
      headers,
      body: req.method === "GET" ? undefined : Buffer.concat(chunks),
    });
    const response = await handler(request, undefined as never);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
