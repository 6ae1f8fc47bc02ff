import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { clientBoundaryPlugin, layerRules } from "./eslint.layers.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "lib/generated/**", "**/generated/**", "node_modules/**", ".data/**", "tests/artifacts/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Secrets and env: every variable goes through lib/env.ts.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration from @/lib/env." }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // A listener declared before the server that it is assigned into is read before assignment.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  ...layerRules,
  {
    plugins: { layers: clientBoundaryPlugin },
    rules: { "layers/no-server-code": "error" },
  },
  {
    // Tests read loosely typed JSON bodies from the sandbox and the app.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["lib/env.ts", "scripts/**", "tests/**", "prisma.config.ts", "playwright.config.ts", "devtools/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
