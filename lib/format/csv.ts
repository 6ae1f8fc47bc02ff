import { stringify, type Options } from "csv-stringify/sync";

/**
 * CSV as Russian Excel opens it by double-click: UTF-8 with a BOM (without it Excel assumes
 * cp1251 and garbles Cyrillic), `;` between fields (the list separator of the ru-RU locale,
 * where `,` is the decimal mark), decimal commas and CRLF line ends. Quoting is csv-stringify's
 * (RFC 4180), not ours; on top of what RFC 4180 requires, a field holding `,` or a tab is quoted
 * too, so a reader that splits on `,` or tabs (LibreOffice's defaults, most scripts) still reads
 * one field, and cannot see a field of its own starting inside ours (`x,=HYPERLINK(…)`).
 *
 * Text that would start a formula (= + - @, tab, CR, LF and their full-width forms) gets a
 * leading apostrophe, so an order's product name cannot run as a formula on the seller's machine
 * (OWASP "CSV injection"); so does such a character right after a separator inside the text.
 * Numbers and decimals are never guarded: `-5,00` stays a number.
 */
export const CSV_DELIMITER = ";";
export const CSV_BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined | { decimal: string | null };

const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
// A reader that splits on `,` or tabs without honouring our quotes starts a field after each one,
// so a formula character there (past spaces and quotes) is guarded too: "x, =1" → "x, '=1".
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][\s"]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

const OPTIONS = {
  delimiter: CSV_DELIMITER,
  record_delimiter: "windows",
  // With CRLF records the writer quotes only a whole CRLF; a lone CR or LF inside a field splits
  // the row for most readers, so those are quoted too.
  quoted_match: [",", "\t", "\r", "\n", /^\s/, /\s$/],
  // Our own guard below knows which cells are numbers; the writer's would also guard "-5,00".
  escape_formulas: false,
} satisfies Options;

/** A cell's text before quoting: decimal commas for numbers, the formula guard for text. */
export function csvCellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell).replace(".", ",");
  if (typeof cell === "object") return cell.decimal === null ? "" : cell.decimal.replace(".", ",");
  const guarded = cell.replace(FORMULA_AFTER_SEPARATOR, "$1'");
  return FORMULA_START.test(guarded) ? `'${guarded}` : guarded;
}

/** Rows as CSV lines, each ending in CRLF: one call per batch, so an export never holds more than a batch. */
export function csvLines(rows: CsvCell[][]): string {
  if (!rows.length) return "";
  return stringify(
    rows.map((row) => row.map(csvCellText)),
    OPTIONS,
  );
}

export function csvLine(cells: CsvCell[]): string {
  return csvLines([cells]);
}

/** "2025-03-05 14:07:09", Moscow time, which Excel reads as a date-time. */
export function csvMoscowTime(instant: Date): string {
  return new Date(instant.getTime() + 3 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}
