/**
 * Reads a request body only up to `maxBytes`. A declared Content-Length over the cap is refused
 * unread; the stream itself is counted too, because a sender may omit the header, lie in it or
 * send chunked, and is cancelled as soon as it passes the cap, so nothing larger is buffered.
 */
export type CappedBody = { ok: true; text: string } | { ok: false; reason: "too_large" };

export async function readBodyWithin(request: Request, maxBytes: number): Promise<CappedBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, reason: "too_large" };
  }
  if (!request.body) return { ok: true, text: "" };

  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    text += decoder.decode(value, { stream: true });
  }
  return { ok: true, text: text + decoder.decode() };
}
