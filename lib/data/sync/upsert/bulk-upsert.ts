import { pgArrayLiteral } from "@/lib/data/sync/upsert/pg-array";

/**
 * Batched, idempotent upserts on natural keys: one `INSERT … SELECT FROM unnest(arrays) ON
 * CONFLICT DO UPDATE … WHERE <changed>` statement per batch, so a page of 80 000 rows costs a
 * handful of round trips instead of 80 000. Unchanged rows are left alone (no dead tuples, no
 * bumped `updatedAt`), and the statement answers with one row of counts:
 * `xmax = 0` on a RETURNING row means the row was inserted rather than updated.
 */
export type PgType = "text" | "int" | "numeric" | "timestamptz" | "date" | "bool" | `"${string}"`;

export interface ColumnSpec {
  name: string;
  type: PgType;
}

/** A column filled from the row property of the same name. */
export interface RowColumn<Row> extends ColumnSpec {
  name: Extract<keyof Row, string>;
}

export interface TableSpec<Row> {
  table: string;
  /** Values shared by every row of a call (organizationId, connectionId, marketplace), passed once. */
  constants: ColumnSpec[];
  /** Columns filled from each row, each from the row's property of the same name. */
  columns: RowColumn<Row>[];
  /** The natural key (a unique index); its columns must be among `columns` or `constant`. */
  conflict: string[];
  /** Columns compared to decide whether an existing row changed (and then overwritten). */
  compare: string[];
  /** Extra assignments on update, e.g. `"updatedAt" = now()`. */
  onUpdate?: string[];
  /** Extra insert-only columns with SQL expressions, e.g. `"updatedAt"` → `now()`. */
  insertExpressions?: Record<string, string>;
  /**
   * For full-snapshot resources (stocks): an assignment applied to unchanged rows too, in a
   * second statement, so rows the vendor no longer lists can be found afterwards by age.
   */
  touch?: string;
  key(row: Row): string;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/** Rows per statement: large enough to amortise the round trip, small enough to keep locks short. */
export const DEFAULT_BATCH_SIZE = 5_000;

/** Anything that runs a parameterised query and returns its rows (a `pg` client, through `pgRunner`). */
export interface SqlRunner {
  query<R>(sql: string, params: unknown[]): Promise<R[]>;
}

export const pgRunner = (client: { query(sql: string, params: unknown[]): Promise<{ rows: unknown[] }> }): SqlRunner => ({
  query: async <R>(sql: string, params: unknown[]) => (await client.query(sql, params)).rows as R[],
});

const q = (name: string) => `"${name}"`;

function buildSql<Row>(spec: TableSpec<Row>): string {
  const constants = spec.constants.map((c, i) => ({ name: c.name, param: `$${i + 1}::${c.type}` }));
  const offset = constants.length;
  const arrays = spec.columns.map((c, i) => `$${offset + i + 1}::${c.type}[]`);
  const aliases = spec.columns.map((_, i) => `c${i}`);
  const extra = Object.entries(spec.insertExpressions ?? {});
  const insertColumns = [...constants.map((c) => c.name), ...spec.columns.map((c) => c.name), ...extra.map(([name]) => name)];
  const selectList = [...constants.map((c) => c.param), ...aliases.map((a) => `u.${a}`), ...extra.map(([, sql]) => sql)];
  const updatable = spec.columns.map((c) => c.name).filter((name) => !spec.conflict.includes(name));
  const target = q(spec.table);
  return [
    `WITH up AS (`,
    `INSERT INTO ${target} (${insertColumns.map(q).join(", ")})`,
    `SELECT ${selectList.join(", ")} FROM unnest(${arrays.join(", ")}) AS u(${aliases.join(", ")})`,
    `ON CONFLICT (${spec.conflict.map(q).join(", ")}) DO UPDATE SET`,
    [...updatable.map((name) => `${q(name)} = EXCLUDED.${q(name)}`), ...(spec.onUpdate ?? [])].join(", "),
    `WHERE (${spec.compare.map((c) => `${target}.${q(c)}`).join(", ")}) IS DISTINCT FROM (${spec.compare.map((c) => `EXCLUDED.${q(c)}`).join(", ")})`,
    `RETURNING (xmax = 0) AS inserted)`,
    `SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM up`,
  ].join("\n");
}

/** The last row wins when a page repeats a key: one statement may not touch a row twice. */
export function dedupeByKey<Row>(rows: readonly Row[], key: (row: Row) => string): Row[] {
  const byKey = new Map<string, Row>();
  for (const row of rows) byKey.set(key(row), row);
  return byKey.size === rows.length ? [...rows] : [...byKey.values()];
}

function buildTouchSql<Row>(spec: TableSpec<Row>): { sql: string; constantIndexes: number[]; keyIndexes: number[] } {
  const keyIndexes = spec.conflict.map((name) => spec.columns.findIndex((c) => c.name === name)).filter((i) => i >= 0);
  const constantIndexes = spec.conflict.map((name) => spec.constants.findIndex((c) => c.name === name)).filter((i) => i >= 0);
  const target = q(spec.table);
  const fixedMatch = constantIndexes.map((ci, i) => `${target}.${q(spec.constants[ci].name)} = $${i + 1}::${spec.constants[ci].type}`);
  const arrays = keyIndexes.map((ki, i) => `$${constantIndexes.length + i + 1}::${spec.columns[ki].type}[]`);
  const keyMatch = keyIndexes.map((ki, i) => `${target}.${q(spec.columns[ki].name)} = k.c${i}`);
  const sql = [
    `UPDATE ${target} SET ${spec.touch} FROM unnest(${arrays.join(", ")}) AS k(${keyIndexes.map((_, i) => `c${i}`).join(", ")})`,
    `WHERE ${[...fixedMatch, ...keyMatch].join(" AND ")}`,
  ].join("\n");
  return { sql, constantIndexes, keyIndexes };
}

const sqlCache = new WeakMap<object, { upsert: string; touch?: ReturnType<typeof buildTouchSql> }>();

function sqlFor<Row>(spec: TableSpec<Row>) {
  let sql = sqlCache.get(spec);
  if (!sql) {
    sql = { upsert: buildSql(spec), touch: spec.touch ? buildTouchSql(spec) : undefined };
    sqlCache.set(spec, sql);
  }
  return sql;
}

/**
 * Upserts `rows`; `constants` are the values of `spec.constants`, shared by every row.
 * Rows are sorted by key so concurrent writers lock rows in the same order and cannot deadlock.
 */
export async function bulkUpsert<Row>(
  db: SqlRunner,
  spec: TableSpec<Row>,
  constants: readonly unknown[],
  rows: readonly Row[],
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<UpsertCounts> {
  const unique = dedupeByKey(rows, spec.key).sort((a, b) => (spec.key(a) < spec.key(b) ? -1 : 1));
  const sql = sqlFor(spec);
  const totals: UpsertCounts = { inserted: 0, updated: 0 };
  for (let start = 0; start < unique.length; start += batchSize) {
    const batch = unique.slice(start, start + batchSize);
    const columns = spec.columns.map((c) => pgArrayLiteral(batch, c.name));
    const touch = sql.touch;
    if (touch) await db.query(touch.sql, [...touch.constantIndexes.map((i) => constants[i]), ...touch.keyIndexes.map((i) => columns[i])]);
    const [counts] = await db.query<UpsertCounts>(sql.upsert, [...constants, ...columns]);
    totals.inserted += counts.inserted;
    totals.updated += counts.updated;
  }
  return totals;
}
