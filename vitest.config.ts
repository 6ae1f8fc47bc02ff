import { defineConfig } from "vitest/config";
import path from "node:path";

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
};

// Three kinds of test, each its own project:
// - unit: pure logic and loopback HTTP (sandbox vendors started in-test);
// - integration on PGlite and on a real PostgreSQL 15 server (same files, run twice).
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The suite runs on the embedded defaults: sandbox vendors, S3 included, on http://127.0.0.1.
    // Tests of the endpoint policy load lib/env with this turned off to show the refusal.
    env: { ALLOW_LOCAL_ENDPOINTS: "1" },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup-pglite.ts"],
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup-postgres.ts"],
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
