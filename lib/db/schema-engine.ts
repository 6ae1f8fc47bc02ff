import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * Prisma's official WASM schema engine, driven through the pg driver adapter. It does what
 * `prisma migrate deploy` / `migrate diff` do, with no native binary to download, and keeps
 * `_prisma_migrations` exactly as the native engine does, so both can share one database.
 */
type Wasm = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type Engine = Awaited<ReturnType<Wasm["SchemaEngine"]["new"]>>;

const require = createRequire(import.meta.url);
// The bindings module is a Node singleton; a second WASM instance behind it would corrupt its
// memory views, so the instance is cached process-wide even if this file is loaded twice.
const globalCache = globalThis as unknown as { __schemaEngineWasm?: Promise<Wasm> };
let lastPanic: string | undefined;
export const lastEnginePanic = () => lastPanic;

/** The package's ESM entry imports a .wasm file, which Node refuses; instantiate it ourselves. */
function loadWasm(): Promise<Wasm> {
  globalCache.__schemaEngineWasm ??= (async () => {
    // The engine reports Rust panics through this global before throwing; keep the message.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Wasm;
    const bytes = await readFile(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes)), {
      "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings;
  })();
  return globalCache.__schemaEngineWasm;
}

export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

export async function readSchemaFile(schemaPath = SCHEMA_PATH) {
  return { path: schemaPath, content: await readFile(schemaPath, "utf8") };
}

export interface SchemaEngineHandle {
  engine: Engine;
  /** The database error behind the engine's generic "external connector error", if any. */
  lastDriverError(): string | undefined;
  close(): Promise<void>;
}

type DriverResult = { ok: boolean; error?: { originalMessage?: string; kind?: string } };

/**
 * The engine reports a failed statement only as "external connector error"; the database's own
 * message travels in the adapter's result. Keep those messages so a failed migration says why.
 */
function recordDriverErrors(factory: { connect: (...a: never[]) => Promise<unknown> }, sink: string[]) {
  const connect = factory.connect.bind(factory) as () => Promise<{ ok: boolean; value?: Record<string, unknown> }>;
  (factory as { connect: unknown }).connect = async () => {
    const result = await connect();
    const adapter = result.value;
    if (result.ok && adapter) {
      for (const method of ["executeScript", "queryRaw", "executeRaw"]) {
        const original = adapter[method] as (...args: unknown[]) => Promise<DriverResult>;
        adapter[method] = async (...args: unknown[]) => {
          const out = await original(...args);
          if (!out.ok && out.error) sink.push(out.error.originalMessage ?? out.error.kind ?? "database error");
          return out;
        };
      }
    }
    return result;
  };
}

/** Opens the engine against a live database (`connectionString`). */
export async function openSchemaEngine(connectionString: string, schemaPath = SCHEMA_PATH): Promise<SchemaEngineHandle> {
  const wasm = await loadWasm();
  const schema = await readSchemaFile(schemaPath);
  // patches/@prisma+adapter-pg+*.patch maps PostgreSQL's one-byte "char" (OID 18), which the
  // engine reads from pg_catalog, to the adapter's Character type; 7.10 throws on it otherwise.
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString, max: 2 }));
  const driverErrors: string[] = [];
  recordDriverErrors(factory, driverErrors);
  const logs: string[] = [];
  const engine = await wasm.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, (log: string) => logs.push(log), factory);
  return {
    engine,
    lastDriverError: () => driverErrors.at(-1),
    async close() {
      engine.free();
    },
  };
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** Reads prisma/migrations in the shape the engine expects (what the Prisma CLI passes it). */
export async function loadMigrationsList(dir = MIGRATIONS_DIR) {
  const { readdir } = await import("node:fs/promises");
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  const migrationDirectories = await Promise.all(
    entries
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
      .map(async (name) => {
        const content = await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
          (c) => ({ tag: "ok" as const, value: c }),
          (e: Error) => ({ tag: "error" as const, value: e.message }),
        );
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
  );
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}

export class MigrationError extends Error {
  override name = "MigrationError";
  constructor(
    readonly migrationName: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/**
 * `prisma migrate deploy`: applies pending migrations in order. Our migration files wrap their
 * SQL in one transaction (see db-create-migration), so a failing migration changes nothing;
 * we then mark it rolled back, as `prisma migrate resolve --rolled-back` would, so a fixed
 * migration can be applied on the next run instead of blocking every deploy.
 */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const handle = await openSchemaEngine(connectionString);
  try {
    const migrationsList = await loadMigrationsList(dir);
    try {
      const out = await handle.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return out.appliedMigrationNames;
    } catch (e) {
      const failed = await findUnfinishedMigration(connectionString);
      if (failed) await handle.engine.markMigrationRolledBack({ migrationName: failed }).catch(() => undefined);
      const reason = handle.lastDriverError() ?? firstLine(e instanceof Error ? e.message : String(e));
      throw new MigrationError(failed, `Migration ${failed ?? "(unknown)"} failed and was rolled back: ${reason}`);
    }
  } finally {
    await handle.close();
  }
}

/** The migration the engine started but could not finish (what `migrate status` calls failed). */
async function findUnfinishedMigration(connectionString: string): Promise<string | undefined> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    const res = await client.query<{ migration_name: string }>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1",
    );
    return res.rows[0]?.migration_name;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function firstLine(message: string): string {
  const db = /Database error:\s*\n?(.*)/.exec(message)?.[1];
  return (db ?? message.split("\n").find((l) => l.trim()) ?? message).trim();
}

/** SQL that takes the database at `connectionString` to the schema file's state ("" when in sync). */
export async function diffDatabaseToSchema(connectionString: string, schemaPath = SCHEMA_PATH): Promise<string> {
  const handle = await openSchemaEngine(connectionString, schemaPath);
  try {
    const schema = await readSchemaFile(schemaPath);
    const result = await handle.engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return (result as { stdout?: string }).stdout ?? "";
  } finally {
    await handle.close();
  }
}
