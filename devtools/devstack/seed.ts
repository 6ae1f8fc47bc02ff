import { spawnTsx } from "@/devtools/devstack/processes";

/**
 * Seeds the demo organisation in a child process that has the dev stack's environment
 * (DATABASE_URL and the sandbox base URLs), because connecting a shop runs a live check
 * against the vendor URLs that lib/env reads at start-up.
 */
export async function seedDemo(opts: { env: NodeJS.ProcessEnv }): Promise<void> {
  const child = spawnTsx("seed", "scripts/db-seed.ts", opts.env);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error("seeding the demo organisation failed (see [seed] lines above)");
}
