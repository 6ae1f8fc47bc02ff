/**
 * The benchmark's vendor: the WB sandbox in its own process, so the benchmark's peak RSS is the
 * sync's alone (fetch, parse, map, upsert), as it would be against the real WB. Rate limits
 * off, clock frozen so the order count holds still. Prints `ready <url> <token> <sellerId>`.
 */
import { startSandbox } from "@/devtools/sandbox/core/server";
import { createWildberriesSandbox } from "@/devtools/sandbox/wildberries";

const scale = Number(process.argv[2] ?? 1_000_000);
const vendor = createWildberriesSandbox();
const sandbox = await startSandbox({ vendors: [vendor], seed: 2026, scale, rateLimits: "off", clock: "manual", port: 0 });
const [account] = vendor.demoAccounts(sandbox.ctx);
process.stdout.write(`ready ${sandbox.url} ${account.credentials.token} ${account.accountKey}\n`);
process.on("SIGTERM", () => void sandbox.close().then(() => process.exit(0)));
