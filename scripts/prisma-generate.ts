/**
 * `prisma generate` without network access. Generate only compiles the schema to a client
 * (the query compiler is WASM), but the CLI insists on locating the native schema engine
 * first and tries to download it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
 * file satisfies that check; generate never runs it.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
