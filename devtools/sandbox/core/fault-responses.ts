import { STATUS_CODES, type ServerResponse } from "node:http";
import type { FaultKind } from "@/devtools/sandbox/core/faults";
import { sendJson, serializeResponse } from "@/devtools/sandbox/core/http-io";
import type { SandboxResponse, SandboxVendor } from "@/devtools/sandbox/core/types";

/** Injected 429s ask the client to wait this long, in the vendor's own header style. */
const INJECTED_RETRY_AFTER_MS = 1000;

/** Faults answered before (instead of) the vendor's handler. */
export function sendEarlyFault(
  res: ServerResponse,
  fault: Extract<FaultKind, { type: "status" } | { type: "timeout" }>,
  vendor: SandboxVendor,
  holdMs: number,
): void {
  if (fault.type === "timeout") {
    // Never answer: the client's own timeout (or disconnect) ends the exchange.
    const timer = setTimeout(() => res.socket?.destroy(), holdMs);
    timer.unref();
    res.on("close", () => clearTimeout(timer));
    return;
  }
  if (fault.status === 429) {
    sendJson(res, 429, { error: "rate limited (injected fault)" }, vendor.rateLimitHeaders(INJECTED_RETRY_AFTER_MS));
    return;
  }
  sendJson(res, fault.status, { error: "injected fault", status: fault.status });
}

/**
 * Sends half of the real body and closes the connection. The response carries no
 * Content-Length, so HTTP/1.1 delimits the body by the close: the client reads a
 * cleanly-ended but truncated body, exactly what a cut-off proxy produces.
 */
export function sendTruncated(res: ServerResponse, response: SandboxResponse): void {
  const { status, headers, payload } = serializeResponse(response);
  const half = Buffer.from(payload, "utf8").subarray(0, Math.floor(Buffer.byteLength(payload) / 2));
  const socket = res.socket;
  if (!socket) return;
  const headerLines = Object.entries(headers)
    .filter(([name]) => !["content-length", "transfer-encoding", "connection"].includes(name.toLowerCase()))
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(
    Buffer.concat([
      Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Unknown"}\r\n${headerLines}connection: close\r\n\r\n`),
      half,
    ]),
  );
}

/** A 200 whose body breaks the contract: either not JSON at all, or JSON of the wrong shape. */
export function sendMalformed(res: ServerResponse, response: SandboxResponse, variant: "json" | "shape"): void {
  if (variant === "json" || response.body === undefined || response.body === null || typeof response.body !== "object") {
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end("<html><body>502 Bad Gateway</body></html>");
    return;
  }
  sendJson(res, 200, breakShape(response.body));
}

/** Flips the type of the first field so schema validation fails on a named path. */
function breakShape(body: object): unknown {
  if (Array.isArray(body)) return body.length > 0 ? ["malformed", ...body.slice(1)] : { unexpected: true };
  const entries = Object.entries(body);
  if (entries.length === 0) return [];
  const [firstKey, firstValue] = entries[0];
  const flipped = typeof firstValue === "string" ? 12345 : typeof firstValue === "number" ? "not-a-number" : "malformed";
  return { ...body, [firstKey]: flipped };
}
