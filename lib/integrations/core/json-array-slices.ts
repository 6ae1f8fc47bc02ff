/**
 * A JSON array of objects read in slices of `size` elements straight from the chunks a response
 * arrived in, so a 50 MB page (80 000 WB statistics rows) is never joined into one buffer, never
 * becomes one 100 MB UTF-16 string and never one giant array of objects: each slice is decoded,
 * parsed, used and dropped before the next, and each chunk is let go once every slice over it
 * has been read.
 *
 * One structural scan up front (strings, escapes and nesting depth only) finds the slice
 * boundaries, the element count and the last element, so a caller knows where the page ends
 * (WB's next cursor is the last row's lastChangeDate) before parsing it and can fetch the next
 * page meanwhile. JSON.parse still validates every slice; a body that is not an array, or is
 * cut short (no closing bracket), is a SyntaxError at the scan.
 */
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Byte range [start, end) in the concatenation of the chunks. */
type Range = [number, number];

export class JsonArraySlices {
  /** Elements in the array. */
  readonly count: number;
  private chunks: Array<Uint8Array | undefined>;
  /** Offset of each chunk's first byte in the concatenation. */
  private readonly bases: number[];
  private readonly ranges: Range[];
  private readonly lastRange: Range | undefined;
  private consumed = false;

  constructor(chunks: Uint8Array[], size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError("slice size must be a positive integer");
    const nonEmpty = chunks.filter((c) => c.length > 0);
    this.chunks = nonEmpty;
    this.bases = [];
    let total = 0;
    for (const chunk of nonEmpty) {
      this.bases.push(total);
      total += chunk.length;
    }
    const scan = scanArray(nonEmpty, size);
    this.count = scan.count;
    this.ranges = scan.ranges;
    this.lastRange = scan.last;
  }

  /** The last element, parsed on its own (undefined for an empty array). */
  last(): unknown {
    if (!this.lastRange) return undefined;
    if (this.consumed) throw new Error("the array has already been read");
    return JSON.parse(this.text(this.lastRange, new TextDecoder("utf-8", { fatal: true })));
  }

  /** The elements in slices, in order; once only, as chunks are released on the way. */
  *slices(): Generator<unknown[]> {
    if (this.consumed) throw new Error("the array can be read once");
    this.consumed = true;
    const decoder = new TextDecoder("utf-8", { fatal: true });
    try {
      for (const range of this.ranges) {
        const elements = JSON.parse(`[${this.text(range, decoder)}]`) as unknown[];
        this.release(range[1]);
        yield elements;
      }
    } finally {
      this.chunks = [];
    }
  }

  private text([start, end]: Range, decoder: TextDecoder): string {
    let k = this.chunkAt(start);
    const first = this.chunks[k]!;
    const from = start - this.bases[k];
    if (end <= this.bases[k] + first.length) return decoder.decode(first.subarray(from, end - this.bases[k]));
    let text = decoder.decode(first.subarray(from), { stream: true });
    for (k++; this.bases[k] + this.chunks[k]!.length < end; k++) text += decoder.decode(this.chunks[k], { stream: true });
    return text + decoder.decode(this.chunks[k]!.subarray(0, end - this.bases[k]));
  }

  /** The index of the chunk holding byte `offset`. */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.bases.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.bases[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Drops every chunk that ends before `offset`: the slices still to come start after it. */
  private release(offset: number): void {
    for (let k = 0; k < this.chunks.length && this.bases[k] + (this.chunks[k]?.length ?? 0) <= offset; k++) this.chunks[k] = undefined;
  }
}

/** Whether the bytes just before `end` (not before `from`) are an odd run of backslashes, i.e. escape it. */
function oddBackslashesBefore(bytes: Uint8Array, from: number, end: number): boolean {
  let k = end - 1;
  while (k >= from && bytes[k] === BACKSLASH) k--;
  return (end - 1 - k) % 2 === 1;
}

function scanArray(chunks: Uint8Array[], size: number): { count: number; ranges: Range[]; last: Range | undefined } {
  const ranges: Range[] = [];
  let stage: "before" | "inside" | "after" = "before";
  let count = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let elementStart = -1;
  let sliceStart = -1;
  let last: Range | undefined;
  let base = 0;

  for (const bytes of chunks) {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (stage === "inside") {
        if (inString) {
          // A string carried over from the previous chunk: finish it byte by byte.
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) inString = false;
          continue;
        }
        if (depth === 0 && (b === COMMA || b === CLOSE_ARRAY)) {
          const at = base + i;
          if (elementStart >= 0) {
            count++;
            last = [elementStart, at];
            elementStart = -1;
          } else if (b === COMMA || count > 0) {
            throw new SyntaxError("a JSON array element is missing");
          }
          if (b === CLOSE_ARRAY) {
            if (sliceStart >= 0) ranges.push([sliceStart, at]);
            stage = "after";
          } else if (count % size === 0) {
            ranges.push([sliceStart, at]);
            sliceStart = -1;
          }
          continue;
        }
        if (elementStart < 0 && !isSpace(b)) {
          elementStart = base + i;
          if (sliceStart < 0) sliceStart = elementStart;
        }
        if (b === QUOTE) {
          // Most of a page is strings: jump to the closing quote with the native search.
          let end = bytes.indexOf(QUOTE, i + 1);
          while (end >= 0 && oddBackslashesBefore(bytes, i + 1, end)) end = bytes.indexOf(QUOTE, end + 1);
          if (end >= 0) {
            i = end;
          } else {
            inString = true;
            escaped = oddBackslashesBefore(bytes, i + 1, bytes.length);
            i = bytes.length;
          }
        } else if (b === OPEN_OBJECT || b === OPEN_ARRAY) depth++;
        else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) depth--;
      } else if (stage === "before") {
        if (b === OPEN_ARRAY) stage = "inside";
        else if (!isSpace(b)) throw new SyntaxError("expected a JSON array");
      } else if (!isSpace(b)) {
        throw new SyntaxError("unexpected data after the JSON array");
      }
    }
    base += bytes.length;
  }
  if (stage === "before") throw new SyntaxError("expected a JSON array");
  if (stage === "inside") throw new SyntaxError("the JSON array ends before its closing bracket (truncated?)");
  return { count, ranges, last };
}
