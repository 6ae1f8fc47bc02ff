import { describe, expect, it } from "vitest";
import { walkCursor, type PageAnswer } from "@/lib/integrations/ozon/paging";

/** The paging guard on its own: vendors that misbehave must not make a sync loop forever. */
async function pagesOf(answers: Array<PageAnswer<number>>) {
  let calls = 0;
  const out = [];
  for await (const page of walkCursor("test", undefined, async () => answers[Math.min(calls++, answers.length - 1)])) out.push(page);
  return { out, calls };
}

describe("walkCursor", () => {
  it("stops when the vendor returns the same cursor again", async () => {
    const { out, calls } = await pagesOf([
      { items: [1, 2], next: "a" },
      { items: [3], next: "a" },
    ]);
    expect(out.map((p) => p.items)).toEqual([[1, 2], [3]]);
    expect(out.at(-1)).toMatchObject({ hasMore: false, cursor: "" });
    expect(calls).toBe(2);
  });

  it("stops on an empty page when the method has no has_next flag", async () => {
    const { out, calls } = await pagesOf([
      { items: [1], next: "a" },
      { items: [], next: "" },
    ]);
    expect(calls).toBe(2);
    expect(out.at(-1)).toEqual({ items: [], cursor: "", hasMore: false });
  });

  it("follows has_next across empty pages, but not endlessly", async () => {
    let n = 0;
    const pages = walkCursor("test", undefined, async () => ({ items: [], next: `c${n++}`, hasNext: true }));
    const out = [];
    for await (const page of pages) out.push(page);
    expect(out).toEqual([]);
    expect(n).toBeLessThan(100);
  });

  it("stops on has_next false even with a fresh cursor", async () => {
    const { out, calls } = await pagesOf([{ items: [1], next: "x", hasNext: false }]);
    expect(calls).toBe(1);
    expect(out).toEqual([{ items: [1], cursor: "", hasMore: false }]);
  });
});
