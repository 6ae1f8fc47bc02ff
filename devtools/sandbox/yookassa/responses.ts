import type { SandboxContext, SandboxResponse } from "@/devtools/sandbox/core/types";

/** Error answers in YooKassa's shape: `{ type: "error", id, code, description, parameter? }`. */
export function yookassaError(ctx: SandboxContext, status: number, code: string, description: string, parameter?: string): SandboxResponse {
  return {
    status,
    body: {
      type: "error",
      id: sandboxUuid(ctx.rng("yookassa-error", code, description, ctx.now().getTime())),
      code,
      description,
      ...(parameter ? { parameter } : {}),
    },
  };
}

/** A v4-shaped UUID drawn from a deterministic stream (YooKassa ids are 36-character UUIDs). */
export function sandboxUuid(rng: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16));
  hex[12] = "4";
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** JSON with sorted keys, so two bodies with the same content compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
