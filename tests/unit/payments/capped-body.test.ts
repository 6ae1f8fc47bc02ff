import { describe, expect, it } from "vitest";
import { readBodyWithin } from "@/lib/http/capped-body";

const LIMIT = 64 * 1024;

/** A body streamed in 16 KB chunks, counting how many the reader pulled. */
function streamed(totalBytes: number) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(16 * 1024, totalBytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return { stream, sent: () => sent };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1/api/webhooks/yookassa", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("reading a request body with a cap", () => {
  it("returns a body within the cap as text", async () => {
    expect(await readBodyWithin(post('{"event":"payment.succeeded","note":"привет"}'), LIMIT)).toEqual({
      ok: true,
      text: '{"event":"payment.succeeded","note":"привет"}',
    });
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const body = streamed(10 * 1024 * 1024);
    expect(await readBodyWithin(post(body.stream, { "content-length": String(10 * 1024 * 1024) }), LIMIT)).toEqual({
      ok: false,
      reason: "too_large",
    });
    expect(body.sent()).toBeLessThanOrEqual(32 * 1024);
  });

  it("counts the stream itself when Content-Length is missing or lies, and stops reading past the cap", async () => {
    const headerSets: Record<string, string>[] = [{}, { "content-length": "100" }];
    for (const headers of headerSets) {
      const body = streamed(10 * 1024 * 1024);
      expect(await readBodyWithin(post(body.stream, headers), LIMIT)).toEqual({ ok: false, reason: "too_large" });
      expect(body.sent()).toBeLessThan(LIMIT + 64 * 1024);
    }
  });
});
