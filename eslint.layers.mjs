/**
 * The layers of the code, as import rules ESLint enforces. A back edge (the data layer reaching
 * up into the sync, product code reaching into dev tooling, a client component importing server
 * code) fails `npm run lint`. tests/unit/foundation/layers.test.ts shows each rule firing.
 */
const under = (...folders) => folders.flatMap((folder) => [`@/${folder}`, `@/${folder}/**`]);

const productCode = {
  group: under("devtools", "tests", "app", "components", "scripts"),
  message: "Product code (lib/) runs in production: it imports no dev tooling, tests, routes or UI.",
};

/** `files` → what they may not import, most specific last (ESLint keeps the last matching rule). */
const zones = [
  { files: ["lib/**"], patterns: [productCode] },
  {
    files: ["lib/data/**"],
    patterns: [
      productCode,
      {
        group: under("lib/sync", "lib/health", "lib/auth", "lib/inngest", "lib/actions", "lib/cli"),
        message: "The data layer is the bottom layer: it runs queries and imports nothing that orchestrates them.",
      },
    ],
  },
  {
    files: ["lib/integrations/**"],
    patterns: [
      productCode,
      {
        group: under("lib/data", "lib/db", "lib/sync", "lib/health", "lib/auth", "lib/inngest", "lib/actions", "lib/cli"),
        message: "Vendor clients know HTTP and the vendor, not our database or our orchestration.",
      },
    ],
  },
  {
    files: ["lib/sync/**", "lib/health/**"],
    patterns: [
      productCode,
      {
        group: under("lib/inngest", "lib/actions", "lib/auth", "lib/cli"),
        message: "The sync and health engines are called by Inngest, actions and the CLI, never the reverse.",
      },
    ],
  },
  {
    files: ["lib/validations/**", "lib/format/**", "lib/errors/**", "lib/crypto/**"],
    patterns: [
      productCode,
      {
        group: under("lib/data", "lib/db", "lib/sync", "lib/health", "lib/inngest", "lib/actions", "lib/cli"),
        message: "Shared leaf modules (schemas, formatting, errors, crypto) depend on no layer above them.",
      },
    ],
  },
  {
    files: ["app/**", "components/**"],
    patterns: [
      { group: under("devtools", "tests", "scripts"), message: "Routes and UI import no dev tooling or tests." },
      {
        group: ["@/lib/actions/*/shared", "@/lib/actions/*/validation-failure", "@/lib/actions/define-action"],
        message: "Routes and UI import actions, not the internals actions share.",
      },
      { group: under("lib/sync", "lib/cli"), message: "Routes start syncs through lib/inngest events, not by running the engine." },
    ],
  },
];

export const layerRules = zones.map(({ files, patterns }) => ({ files, rules: { "no-restricted-imports": ["error", { patterns }] } }));

const SERVER_ONLY = /^@\/lib\/(data|db|sync|inngest|health|cli|actions\/.*\/(shared|validation-failure))(\/|$)|^@\/lib\/db$/;

/** A "use client" module ships to the browser: it may import types from the data layer, never its code. */
export const clientBoundaryPlugin = {
  rules: {
    "no-server-code": {
      meta: { type: "problem", messages: { server: "A client component cannot import {{source}}: that code runs on the server only." } },
      create(context) {
        const isClient = context.sourceCode.ast.body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
        if (!isClient) return {};
        return {
          ImportDeclaration(node) {
            const typeOnly =
              node.importKind === "type" || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));
            if (!typeOnly && SERVER_ONLY.test(node.source.value))
              context.report({ node, messageId: "server", data: { source: node.source.value } });
          },
        };
      },
    },
  },
};
