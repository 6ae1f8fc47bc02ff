/**
 * Parses a JSON array of objects from raw bytes in slices of `size` elements, so a 50 MB page
 * (80 000 WB statistics rows) never becomes one 100 MB UTF-16 string plus one giant array of
 * objects at once: each slice is decoded, parsed, used and dropped before the next. The scan
 * only tracks strings, escapes and nesting depth; JSON.parse still validates every slice, and
 * a body cut short (no closing bracket) is a SyntaxError like any malformed JSON.
 */
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

export function* jsonArrayChunks(bytes: Uint8Array, size: number): Generator<unknown[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let i = 0;
  while (i < bytes.length && isSpace(bytes[i])) i++;
  if (bytes[i] !== OPEN_ARRAY) throw new SyntaxError("expected a JSON array");
  i++;
  let chunkStart = -1;
  let count = 0;
  let depth = 0;
  let inString = false;
  const slice = (end: number) => JSON.parse(`[${decoder.decode(bytes.subarray(chunkStart, end))}]`) as unknown[];

  for (; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) inString = false;
      continue;
    }
    if (b === QUOTE) inString = true;
    else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
    else if (b === CLOSE_OBJECT || (b === CLOSE_ARRAY && depth > 0)) depth--;
    else if (depth === 0 && (b === COMMA || b === CLOSE_ARRAY)) {
      count++;
      if (b === CLOSE_ARRAY) {
        if (chunkStart >= 0) yield slice(i);
        for (i++; i < bytes.length; i++) if (!isSpace(bytes[i])) throw new SyntaxError("unexpected data after the JSON array");
        return;
      }
      if (count % size === 0) {
        yield slice(i);
        chunkStart = -1;
      }
      continue;
    }
    if (chunkStart < 0 && !isSpace(b)) chunkStart = i;
  }
  throw new SyntaxError("the JSON array ends before its closing bracket (truncated?)");
}
