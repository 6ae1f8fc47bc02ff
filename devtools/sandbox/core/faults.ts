import { createRng } from "@/devtools/sandbox/core/prng";

/**
 * Fault injection plans. A spec such as `429:0.2,500:0.1,timeout:0.05,truncate:0.05`
 * gives each fault a probability per vendor request; one seeded draw per request picks at
 * most one fault, so a given seed always yields the same fault sequence.
 */
export type FaultKind =
  | { type: "status"; status: number } // 429 or a 5xx
  | { type: "timeout" }
  | { type: "truncate" }
  | { type: "malformed"; variant?: "json" | "shape" };

export interface FaultEntry {
  kind: FaultKind;
  probability: number;
}

export class FaultSpecError extends Error {
  override name = "FaultSpecError";
}

/** Parses one fault name: `429`, `5xx` codes, `timeout`, `truncate`, `malformed`, `malformed-json`, `malformed-shape`. */
export function parseFaultKind(name: string): FaultKind {
  const value = name.trim().toLowerCase();
  if (/^\d{3}$/.test(value)) {
    const status = Number(value);
    if (status === 429 || (status >= 500 && status <= 599)) return { type: "status", status };
    throw new FaultSpecError(`fault status ${status} is not supported: use 429 or 500–599`);
  }
  if (value === "timeout") return { type: "timeout" };
  if (value === "truncate") return { type: "truncate" };
  if (value === "malformed") return { type: "malformed" };
  if (value === "malformed-json") return { type: "malformed", variant: "json" };
  if (value === "malformed-shape") return { type: "malformed", variant: "shape" };
  throw new FaultSpecError(
    `unknown fault "${name}": expected 429, 500–599, timeout, truncate, malformed, malformed-json or malformed-shape`,
  );
}

export function parseFaultSpec(spec: string): FaultEntry[] {
  const trimmed = spec.trim();
  if (trimmed === "" || trimmed === "none") return [];
  const entries = trimmed.split(",").map((part) => {
    const match = /^\s*([\w-]+)\s*:\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
    if (!match) throw new FaultSpecError(`bad fault entry "${part.trim()}": expected name:probability, e.g. 500:0.1`);
    const probability = Number(match[2]);
    if (!(probability >= 0 && probability <= 1)) {
      throw new FaultSpecError(`fault probability for "${match[1]}" must be between 0 and 1`);
    }
    return { kind: parseFaultKind(match[1]), probability };
  });
  const total = entries.reduce((sum, e) => sum + e.probability, 0);
  if (total > 1 + 1e-9) throw new FaultSpecError(`fault probabilities add up to ${total.toFixed(3)}, more than 1`);
  return entries;
}

/** Draws faults for successive requests from a seeded stream. */
export class FaultPlan {
  private entries: FaultEntry[] = [];
  private draw: () => number;

  constructor(
    private readonly seed: number,
    spec = "",
  ) {
    this.draw = createRng(seed, "faults", spec);
    this.set(spec);
  }

  /** Replaces the plan and restarts its random sequence (validates before changing anything). */
  set(spec: string): void {
    const entries = parseFaultSpec(spec);
    this.entries = entries;
    this.draw = createRng(this.seed, "faults", spec);
  }

  get active(): boolean {
    return this.entries.length > 0;
  }

  next(): FaultKind | undefined {
    if (this.entries.length === 0) return undefined;
    const r = this.draw();
    let cumulative = 0;
    for (const entry of this.entries) {
      cumulative += entry.probability;
      if (r < cumulative) return entry.kind;
    }
    return undefined;
  }
}
