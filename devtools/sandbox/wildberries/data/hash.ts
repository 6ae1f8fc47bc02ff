/**
 * Integer hashing for on-demand rows: every attribute of order #i is a pure function of
 * (account salt, i, attribute), so any page can be generated without building the whole set.
 * A full PRNG per row (ctx.rng) would cost a string hash per call; this costs a few imuls.
 */
export function hash32(a: number, b: number, c = 0): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35) ^ Math.imul(c + 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0xc2b2ae35);
  return (h ^ (h >>> 15)) >>> 0;
}

/** Uniform in [0, 1). */
export function unit(a: number, b: number, c = 0): number {
  return hash32(a, b, c) / 4294967296;
}

/** A stable 32-bit salt from text (seed + account id). */
export function saltOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return hash32(h >>> 0, text.length);
}

/** A v4-shaped UUID derived from `text` (deterministic ids for sandbox sellers and tokens). */
export function uuidFrom(text: string): string {
  const s = saltOf(text);
  const hex = [0, 1, 2, 3].map((k) => hash32(s, k, 7).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[s % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
