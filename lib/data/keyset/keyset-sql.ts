import { Prisma } from "@/lib/generated/prisma/client";
import type { KeysetCursor } from "@/lib/validations/keyset-cursor";
import type { KeysetListParams } from "@/lib/validations/keyset-list-params";

/**
 * The SQL of a keyset-paged list over a big table (orders, sales). A list names only its
 * table, columns and filter; the paging, sorting and summary are the same for all of them.
 * Built apart from its runner so the app (Prisma) and the benchmark's floor (bare pg) time
 * exactly the same statement.
 */
export interface KeysetTable {
  /** Table and alias, e.g. `"Order" o`; the alias prefixes every column below. */
  from: string;
  alias: string;
  /** The select list, ids and enums cast to text as the row types expect. */
  columns: Prisma.Sql;
  /** The default sort, a timestamp column (`"orderedAt"`); the other sort is `amount`. */
  timeColumn: string;
}

function sortColumn(table: KeysetTable, sort: string): Prisma.Sql {
  return Prisma.raw(sort === "amount" ? `${table.alias}.amount` : `${table.alias}.${table.timeColumn}`);
}

function cursorValue(sort: string, cursor: KeysetCursor): Prisma.Sql {
  return sort === "amount" ? Prisma.sql`${cursor.value}::numeric` : Prisma.sql`${new Date(cursor.value)}::timestamptz`;
}

/**
 * One page in keyset order. `after` walks forward in the display order, `before` walks back
 * (fetched in reverse and flipped by keysetPage). One extra row tells whether more exist.
 */
export function keysetPageSql(table: KeysetTable, where: Prisma.Sql, params: KeysetListParams<string>, limit: number): Prisma.Sql {
  const col = sortColumn(table, params.sort);
  const id = Prisma.raw(`${table.alias}.id`);
  const backwards = Boolean(params.before);
  const ascending = (params.dir === "asc") !== backwards;
  const cursor = params.after ?? params.before;
  const keyset = cursor
    ? Prisma.sql` AND (${col}, ${id}) ${Prisma.raw(ascending ? ">" : "<")} (${cursorValue(params.sort, cursor)}, ${cursor.id}::bigint)`
    : Prisma.empty;
  const dir = Prisma.raw(ascending ? "ASC" : "DESC");
  return Prisma.sql`SELECT ${table.columns} FROM ${Prisma.raw(table.from)}
    WHERE ${where}${keyset}
    ORDER BY ${col} ${dir}, ${id} ${dir}
    LIMIT ${limit}`;
}

/** How many rows match and what they are worth, for the list's caption. */
export function keysetSummarySql(table: KeysetTable, where: Prisma.Sql): Prisma.Sql {
  const amount = Prisma.raw(`${table.alias}.amount`);
  return Prisma.sql`SELECT count(*)::int AS count, coalesce(sum(${amount}) * 100, 0)::bigint AS "amountKopecks"
    FROM ${Prisma.raw(table.from)} WHERE ${where}`;
}
