import { describe, expect, it } from "vitest";
import { jsonArrayChunks } from "@/lib/sync/sources/json-array-chunks";

const bytes = (text: string) => new TextEncoder().encode(text);
const all = (text: string, size: number) => [...jsonArrayChunks(bytes(text), size)];

describe("parsing a JSON array in slices", () => {
  it("yields the elements in slices of the given size, equal to JSON.parse", () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({ i, name: `Склад "${i}", [x] {y}`, nested: { a: [1, { b: "}" }] }, s: 'a\\"b' }));
    const text = JSON.stringify(rows, null, 1);
    expect(all(text, 3).map((c) => c.length)).toEqual([3, 3, 1]);
    expect(all(text, 3).flat()).toEqual(rows);
    expect(all(text, 7)).toEqual([rows]);
  });

  it("handles empty arrays and surrounding whitespace", () => {
    expect(all(" [ ] \n", 5)).toEqual([]);
    expect(all("[1,2]", 1)).toEqual([[1], [2]]);
  });

  it("rejects a truncated body, a non-array and malformed JSON as SyntaxError", () => {
    const text = JSON.stringify([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(() => all(text.slice(0, text.length / 2), 10)).toThrow(SyntaxError);
    expect(() => all('{"error":"x"}', 10)).toThrow(SyntaxError);
    expect(() => all("[{a:1}]", 10)).toThrow(SyntaxError);
    expect(() => all("[1] x", 10)).toThrow(SyntaxError);
  });
});
