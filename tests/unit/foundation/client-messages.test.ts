import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickClientMessages } from "@/lib/i18n/client-messages";
import ru from "@/lib/i18n/messages/ru.json";

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

function resolveImport(spec: string, from: string): string | undefined {
  const base = spec.startsWith("@/")
    ? path.join(root, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : undefined;
  if (!base) return undefined;
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
}

/** Every module that ends up in a client bundle: "use client" files and what they import (server actions excepted). */
function clientModules(): Set<string> {
  const files = ["app", "components", "lib"].flatMap((d) => sourceFiles(path.join(root, d)));
  const read = (f: string) => readFileSync(f, "utf8");
  const seen = new Set<string>();
  const stack = files.filter((f) => /^["']use client["']/m.test(read(f)));
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of read(file).matchAll(/from\s+["']([^"']+)["']/g)) {
      const target = resolveImport(spec!, file);
      if (target && !/^["']use server["']/m.test(read(target))) stack.push(target);
    }
  }
  return seen;
}

describe("messages sent to the browser", () => {
  it("cover every namespace a client component translates with", () => {
    const used = new Set<string>();
    for (const file of clientModules()) {
      for (const [, ns] of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)) {
        used.add(ns === undefined ? "(the whole catalogue)" : ns.split(".")[0]!);
      }
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))).toEqual([]);
  });

  it("leave server-only namespaces out", () => {
    const picked = pickClientMessages(ru as Record<string, unknown>);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    expect(picked).not.toHaveProperty("export");
  });
});
