import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { pgArrayLiteral } from "@/lib/data/sync/upsert/pg-array";
import { testDatabaseUrl } from "../../support/database";

/** The batched upsert sends each column as one array literal: PostgreSQL must read back exactly what was sent. */
let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
});
afterAll(() => client.end());

const column = <T>(values: T[]) =>
  pgArrayLiteral(
    values.map((v) => ({ v })),
    "v",
  );

describe("array literals for batched upserts", () => {
  it("round-trips awkward text: quotes, backslashes, braces, commas, spaces, empty, the word NULL, Cyrillic and emoji", async () => {
    const values = ['Платье "Лето"', "C:\\path\\", 'a\\"b', "{x,y}", " padded ", "", "NULL", "null", "ёж 🦔", "line\nbreak", null];
    const { rows } = await client.query<{ a: Array<string | null> }>("SELECT $1::text[] AS a", [column(values)]);
    expect(rows[0].a).toEqual(values);
  });

  it("round-trips numbers, money, booleans, timestamps and nulls in their column types", async () => {
    const { rows } = await client.query("SELECT $1::int[] AS i, $2::numeric[]::text[] AS n, $3::bool[] AS b, $4::timestamptz[] AS t", [
      column([1, -7, null]),
      column(["1234.50", "0.01", null]),
      column([true, false, null]),
      column(["2026-11-22T10:00:00.000Z", new Date("2026-01-01T00:00:00Z"), null]),
    ]);
    expect(rows[0].i).toEqual([1, -7, null]);
    expect(rows[0].n).toEqual(["1234.50", "0.01", null]);
    expect(rows[0].b).toEqual([true, false, null]);
    expect(rows[0].t.map((d: Date | null) => d?.toISOString() ?? null)).toEqual([
      "2026-11-22T10:00:00.000Z",
      "2026-01-01T00:00:00.000Z",
      null,
    ]);
  });

  it("refuses values that have no faithful database form", () => {
    expect(() => column([Number.NaN])).toThrow(TypeError);
    expect(() => column([{ nested: true }])).toThrow(TypeError);
  });
});

describe("array literals: every shape of column", () => {
  it("round-trips all-plain, all-number, empty and mixed columns", async () => {
    const cases: unknown[][] = [["a", "b c", ""], [3, 4.5, 0], [], ["x", null], ["ok", 'q"uote']];
    for (const values of cases) {
      const type = typeof values[0] === "number" ? "numeric" : "text";
      const { rows } = await client.query(`SELECT $1::${type}[]::text[] AS a`, [column(values)]);
      expect(rows[0].a).toEqual(values.map((v) => (v === null ? null : String(v))));
    }
  });
});
