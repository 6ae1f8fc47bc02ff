/**
 * Stateless per-row randomness. Rows are generated on demand from (account, row index, field),
 * so a 1M-posting account needs no arrays: the same inputs always give the same row. A PRNG
 * stream (ctx.rng) would force generating rows in order; an integer hash lets any row come first.
 */
export function hash32(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ Math.imul(c + 0x165667b1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A float in [0, 1) for the row `index` of the stream `salt` of account `seed`. */
export function unit(seed: number, index: number, salt: number): number {
  return hash32(seed, index, salt) / 4294967296;
}

/** A whole number in [min, max]. */
export function between(seed: number, index: number, salt: number, min: number, max: number): number {
  return min + Math.floor(unit(seed, index, salt) * (max - min + 1));
}

/** A seed number for a string key (account ids, sandbox seed). */
export function seedOf(...parts: Array<string | number>): number {
  let h = 2166136261;
  for (const ch of parts.join("\u241f")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return hash32(h >>> 0, parts.length);
}

export const pad = (n: number, width: number) => String(n).padStart(width, "0");
