/**
 * `npm run cli -- <command>`: operations on the sync engine from a terminal (see lib/cli/args.ts
 * for the commands). Uses DATABASE_URL or the embedded database, and the vendor base URLs
 * from the environment. Runs with the react-server condition, like the app's server code.
 */
import { CliUsageError, parseCommand, USAGE } from "@/lib/cli/args";
import { connectionAdd, health, runs, syncNow } from "@/lib/cli/commands";
import { openCliDatabase } from "@/lib/cli/database";
import { ConnectionError } from "@/lib/connections/errors";
import "@/lib/integrations/all";

async function main(argv: string[]): Promise<number> {
  const { command, flags } = parseCommand(argv);
  const name = command.join(" ");
  const handlers: Record<string, typeof runs> = { "connection add": connectionAdd, sync: syncNow, runs, health };
  const handler = handlers[name];
  if (!handler) throw new CliUsageError(name ? `unknown command "${name}"\n\n${USAGE}` : USAGE);
  const database = await openCliDatabase();
  try {
    return await handler(database, flags);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof CliUsageError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof ConnectionError) {
      const fields = Object.entries(error.details.fieldErrors ?? {}).map(([k, v]) => `  ${k}: ${v.join("; ")}`);
      process.stderr.write([`error: ${error.message}`, ...fields].join("\n") + "\n");
    } else process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
