/**
 * Every generated field of a sandbox row is one call into that vendor's per-row hash, so counting
 * those calls measures how much a request generates: a cost that, unlike a stopwatch, a busy
 * machine cannot change. Use from a `vi.mock` factory of the vendor's hash module:
 *
 *   vi.mock("@/devtools/sandbox/ozon/hash", async (real) => (await import("../generated-values")).countingHashes(await real()));
 */
let generated = 0;

type Module = Record<string, unknown>;

/** The module with each listed function counting its calls (others untouched). */
export function countingHashes<M extends Module>(real: M, names: Array<keyof M> = ["hash32", "unit", "between"]): M {
  const wrapped: Module = { ...real };
  for (const name of names) {
    const fn = real[name];
    if (typeof fn !== "function") continue;
    wrapped[name as string] = (...args: unknown[]) => {
      generated += 1;
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped as M;
}

/** Runs `work` and counts the values generated meanwhile. */
export async function generatedBy<T>(work: () => T | Promise<T>): Promise<{ result: T; values: number }> {
  const before = generated;
  const result = await work();
  return { result, values: generated - before };
}
