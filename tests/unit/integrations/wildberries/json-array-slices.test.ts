import { describe, expect, it } from "vitest";
import { JsonArraySlices } from "@/lib/integrations/core/json-array-slices";

const bytes = (text: string) => new TextEncoder().encode(text);
const all = (text: string, size: number) => [...new JsonArraySlices([bytes(text)], size).slices()];

/** The same bytes cut into pieces of `step` bytes: through strings, escapes and UTF-8 sequences. */
function cut(text: string, step: number): Uint8Array[] {
  const whole = bytes(text);
  const pieces: Uint8Array[] = [];
  for (let i = 0; i < whole.length; i += step) pieces.push(whole.slice(i, i + step));
  return pieces;
}

const rows = Array.from({ length: 7 }, (_, i) => ({
  i,
  name: `Склад "${i}", [x] {y}`,
  nested: { a: [1, { b: "}" }] },
  s: 'a\\"b',
  t: "ends with a backslash \\",
  lastChangeDate: `2026-11-0${i + 1}T10:00:00`,
}));
const text = JSON.stringify(rows, null, 1);

describe("parsing a JSON array in slices", () => {
  it("yields the elements in slices of the given size, equal to JSON.parse", () => {
    expect(all(text, 3).map((c) => c.length)).toEqual([3, 3, 1]);
    expect(all(text, 3).flat()).toEqual(rows);
    expect(all(text, 7)).toEqual([rows]);
  });

  it("reads the same elements whatever chunks the body arrived in", () => {
    for (const step of [1, 2, 3, 5, 17, 64, 1000]) {
      const page = new JsonArraySlices(cut(text, step), 2);
      expect(page.count).toBe(7);
      expect(page.last()).toEqual(rows[6]);
      const slices = [...page.slices()];
      expect(slices.map((s) => s.length)).toEqual([2, 2, 2, 1]);
      expect(slices.flat()).toEqual(rows);
    }
  });

  it("knows the count and the last element before any slice is parsed, and reads once", () => {
    const page = new JsonArraySlices([bytes(text)], 3);
    expect(page.count).toBe(7);
    expect((page.last() as { lastChangeDate: string }).lastChangeDate).toBe("2026-11-07T10:00:00");
    expect([...page.slices()].flat()).toHaveLength(7);
    expect(() => [...page.slices()]).toThrow(/once/);
  });

  it("handles empty arrays and surrounding whitespace", () => {
    expect(all(" [ ] \n", 5)).toEqual([]);
    expect(new JsonArraySlices([bytes(" [ ] ")], 5).last()).toBeUndefined();
    expect(all("[1,2]", 1)).toEqual([[1], [2]]);
  });

  it("rejects a truncated body, a non-array and malformed JSON as SyntaxError", () => {
    const short = JSON.stringify([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(() => all(short.slice(0, short.length / 2), 10)).toThrow(SyntaxError);
    expect(() => new JsonArraySlices(cut(short.slice(0, -1), 4), 10)).toThrow(/truncated/);
    expect(() => all("", 10)).toThrow(SyntaxError);
    expect(() => all('{"error":"x"}', 10)).toThrow(SyntaxError);
    expect(() => all("[{a:1}]", 10)).toThrow(SyntaxError);
    expect(() => all("[1] x", 10)).toThrow(SyntaxError);
    expect(() => all("[1,,2]", 10)).toThrow(SyntaxError);
    expect(() => all("[1,]", 10)).toThrow(SyntaxError);
    expect(() => all("[,]", 10)).toThrow(SyntaxError);
  });

  it("rejects bytes that are not UTF-8", () => {
    const broken = new Uint8Array([...bytes('[{"a":"'), 0xff, ...bytes('"}]')]);
    expect(() => [...new JsonArraySlices([broken], 10).slices()]).toThrow(TypeError);
  });
});
