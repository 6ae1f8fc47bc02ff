import type { IncomingMessage, ServerResponse } from "node:http";
import type { SandboxRequest, SandboxResponse } from "@/devtools/sandbox/core/types";

/** Reads and parses an incoming request; `path` is the full pathname (the router strips the mount). */
export async function readSandboxRequest(req: IncomingMessage, maxBytes = 20 * 1024 * 1024): Promise<SandboxRequest> {
  const url = new URL(req.url ?? "/", "http://sandbox.local");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Error(`request body over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  const rawBody = Buffer.concat(chunks).toString("utf8");
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return {
    method: (req.method ?? "GET").toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: parseJsonOrUndefined(rawBody),
    rawBody,
  };
}

function parseJsonOrUndefined(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The bytes and headers a SandboxResponse turns into; shared by normal sends and fault mutations. */
export function serializeResponse(response: SandboxResponse): { status: number; headers: Record<string, string>; payload: string } {
  const headers: Record<string, string> = { ...response.headers };
  const hasContentType = Object.keys(headers).some((h) => h.toLowerCase() === "content-type");
  let payload = "";
  if (response.text !== undefined) {
    payload = response.text;
    if (!hasContentType) headers["content-type"] = "text/plain; charset=utf-8";
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    if (!hasContentType) headers["content-type"] = "application/json; charset=utf-8";
  }
  return { status: response.status, headers, payload };
}

export function sendResponse(res: ServerResponse, response: SandboxResponse): void {
  const { status, headers, payload } = serializeResponse(response);
  // Encoded once: Buffer.byteLength and then end(string) would each walk a 60 MB statistics page.
  const bytes = Buffer.from(payload);
  res.writeHead(status, { ...headers, "content-length": bytes.length });
  res.end(bytes);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  sendResponse(res, { status, body, headers });
}
