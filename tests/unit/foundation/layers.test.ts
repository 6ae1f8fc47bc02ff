import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layer rules in eslint.layers.mjs, run through ESLint with the project's own config on
 * made-up files: a back edge must fail the lint, and the allowed direction must pass.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "layers/no-server-code").map((m) => m.message);
}

describe("layer boundaries", () => {
  // Loading the TypeScript parser and Next's config takes most of the first lint: do it under the hook timeout.
  beforeAll(() => importErrors("lib/example.ts", "export const x = 1;\n"));

  it("refuses the data layer importing the sync engine, and allows the reverse", async () => {
    const back = await importErrors(
      "lib/data/connections/example.ts",
      'import { runSync } from "@/lib/sync/run-sync";\nexport const x = runSync;\n',
    );
    expect(back).toHaveLength(1);
    expect(back[0]).toMatch(/data layer is the bottom layer/);
    const forward = await importErrors("lib/sync/example.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n');
    expect(forward).toEqual([]);
  });

  it("refuses product code importing dev tooling", async () => {
    const errors = await importErrors(
      "lib/health/example.ts",
      'import { startSandbox } from "@/devtools/sandbox";\nexport const x = startSandbox;\n',
    );
    expect(errors[0]).toMatch(/imports no dev tooling/);
  });

  it("refuses vendor clients reaching into the database", async () => {
    const errors = await importErrors("lib/integrations/ozon/example.ts", 'import { db } from "@/lib/db";\nexport const x = db;\n');
    expect(errors[0]).toMatch(/not our database/);
  });

  it("refuses a client component importing data-layer code, but lets it import types", async () => {
    const code = (line: string) => `"use client";\n${line}\nexport const x = 1;\n`;
    const value = await importErrors(
      "components/example/widget.tsx",
      code('import { listOrders } from "@/lib/data/orders/list-orders";\nvoid listOrders;'),
    );
    expect(value[0]).toMatch(/server only/);
    const typeOnly = await importErrors(
      "components/example/widget.tsx",
      code('import type { OrderRow } from "@/lib/data/orders/list-orders";\nexport type R = OrderRow;'),
    );
    expect(typeOnly).toEqual([]);
    const serverComponent = await importErrors(
      "components/example/table.tsx",
      'import { listOrders } from "@/lib/data/orders/list-orders";\nexport const x = listOrders;\n',
    );
    expect(serverComponent).toEqual([]);
  });
});
