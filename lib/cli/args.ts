import { parseArgs } from "node:util";

/** Command-line parsing for the ops CLI: `<command> [subcommand] --flag value …`. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

export const USAGE = `Usage: npm run cli -- <command>

  connection add --org <slug> --provider wildberries --token <token> [--name <name>]
  connection add --org <slug> --provider ozon --client-id <id> --api-key <key> [--name <name>]
  sync --org <slug> --provider wildberries|ozon --resource products|stocks|orders|sales
  runs [--org <slug>] [--limit <n>]
  health [--org <slug>]
`;

export interface ParsedCommand {
  command: string[];
  flags: Record<string, string | undefined>;
}

export function parseCommand(argv: string[]): ParsedCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      org: { type: "string" },
      provider: { type: "string" },
      resource: { type: "string" },
      token: { type: "string" },
      "client-id": { type: "string" },
      "api-key": { type: "string" },
      name: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) throw new CliUsageError(USAGE);
  const { help: _help, ...flags } = values;
  return { command: positionals, flags: flags as Record<string, string | undefined> };
}

export function requireFlag(flags: Record<string, string | undefined>, name: string): string {
  const value = flags[name];
  if (!value) throw new CliUsageError(`--${name} is required\n\n${USAGE}`);
  return value;
}
