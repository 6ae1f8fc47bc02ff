import { describe, expect, it } from "vitest";
import { samePosition } from "@/lib/data/sync/cursor-state";
import { PagePrefetch } from "@/lib/sync/page-prefetch";

const page = (n: number) => ({ slices: [[n]], next: { offset: n + 1 }, done: false });

describe("positions and the next-page look-ahead", () => {
  it("treats a position read back from jsonb (keys reordered) as the same position", () => {
    expect(
      samePosition(
        { cursor: { updatedAt: "2026-05-01T10:00:00Z", nmID: 1099 } },
        { cursor: { nmID: 1099, updatedAt: "2026-05-01T10:00:00Z" } },
      ),
    ).toBe(true);
    expect(samePosition({ dateFrom: "2026-11-01T00:00:00" }, { dateFrom: "2026-11-01T00:00:01" })).toBe(false);
    expect(samePosition({ offset: 0 }, { offset: 0, extra: 1 })).toBe(false);
  });

  it("hands over the prefetched page only for the position it was fetched for", async () => {
    const prefetch = new PagePrefetch();
    let fetches = 0;
    prefetch.start({ cursor: { a: 1, b: 2 } }, async () => (fetches++, page(1)));
    expect(await prefetch.take({ cursor: { b: 2, a: 1 } })).toEqual(page(1));
    expect(prefetch.take({ cursor: { b: 2, a: 1 } })).toBeUndefined();

    prefetch.start({ offset: 5 }, async () => (fetches++, page(5)));
    expect(prefetch.take({ offset: 6 })).toBeUndefined();
    // A page for another position is dropped, not kept for later.
    expect(prefetch.take({ offset: 5 })).toBeUndefined();
    expect(fetches).toBe(2);
  });

  it("keeps a failed look-ahead quiet unless its page is taken", async () => {
    const prefetch = new PagePrefetch();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      prefetch.start({ offset: 1 }, () => Promise.reject(new Error("vendor timeout")));
      prefetch.start({ offset: 2 }, () => Promise.reject(new Error("vendor 502")));
      await expect(prefetch.take({ offset: 2 })).rejects.toThrow("vendor 502");
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
