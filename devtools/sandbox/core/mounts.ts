import type { SandboxHandler, SandboxVendor } from "@/devtools/sandbox/core/types";

export interface MountMatch {
  vendor: SandboxVendor;
  handler: SandboxHandler;
  /** The request path after the mount prefix, always starting with "/". */
  innerPath: string;
}

/** Routes paths to vendor handlers, longest prefix first, so `/wb/content` wins over `/wb`. */
export function createMountTable(vendors: SandboxVendor[]) {
  const entries = vendors
    .flatMap((vendor) => vendor.mounts.map((m) => ({ vendor, handler: m.handler, prefix: normalizePrefix(m.prefix) })))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.prefix)) throw new Error(`sandbox mount ${entry.prefix} is declared twice`);
    seen.add(entry.prefix);
  }

  return {
    prefixes: entries.map((e) => ({ vendorId: e.vendor.id, prefix: e.prefix })),
    find(path: string): MountMatch | undefined {
      for (const entry of entries) {
        if (entry.prefix === "") return { vendor: entry.vendor, handler: entry.handler, innerPath: path };
        if (path === entry.prefix || path.startsWith(`${entry.prefix}/`)) {
          return { vendor: entry.vendor, handler: entry.handler, innerPath: path.slice(entry.prefix.length) || "/" };
        }
      }
      return undefined;
    },
  };
}

function normalizePrefix(prefix: string): string {
  const withSlash = prefix.startsWith("/") ? prefix : `/${prefix}`;
  return withSlash.replace(/\/+$/, "");
}
