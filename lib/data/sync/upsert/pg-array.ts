/**
 * One column of a batch as a PostgreSQL array literal, built in one pass over the rows. The pg
 * driver would otherwise take an array of values per column and escape it element by element
 * (a regular expression and two strings per value); here a column of plain strings or numbers
 * is one native join. Strings are double-quoted, which covers empty strings, spaces, commas,
 * braces and the word NULL, and only the rare value with a quote or a backslash is escaped.
 */
const NEEDS_ESCAPE = /["\\]/;

function element(value: unknown): string {
  switch (typeof value) {
    case "string":
      return NEEDS_ESCAPE.test(value) ? `"${value.replace(/["\\]/g, "\\$&")}"` : `"${value}"`;
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`cannot store ${value} in a database column`);
      return String(value);
    case "boolean":
      return value ? "t" : "f";
    case "bigint":
      return String(value);
    case "object":
      if (value === null) return "NULL";
      if (value instanceof Date) return `"${value.toISOString()}"`;
      break;
    case "undefined":
      return "NULL";
  }
  throw new TypeError(`cannot store a ${typeof value} in a database column`);
}

export function pgArrayLiteral<Row>(rows: readonly Row[], column: keyof Row): string {
  const values = rows.map((row) => row[column] as unknown);
  // The common column: plain strings throughout (ids, names, ISO dates) or plain numbers, joined natively.
  if (values.every((v) => typeof v === "string" && !NEEDS_ESCAPE.test(v))) return values.length ? `{"${values.join('","')}"}` : "{}";
  if (values.every((v) => typeof v === "number" && Number.isFinite(v))) return `{${values.join(",")}}`;
  return `{${values.map(element).join(",")}}`;
}
