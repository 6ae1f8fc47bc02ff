/**
 * CSV as Russian Excel opens it by double-click: UTF-8 with a BOM (without it Excel assumes
 * cp1251 and garbles Cyrillic), `;` between fields (the list separator of the ru-RU locale,
 * where `,` is the decimal mark), decimal commas, CRLF line ends, and RFC 4180 quoting.
 * Text that would start a formula (= + - @, tab, CR) gets a leading apostrophe, so an order's
 * product name cannot run as a formula on the seller's machine (OWASP "CSV injection").
 */
export const CSV_DELIMITER = ";";
export const CSV_BOM = "\uFEFF";
const LINE_END = "\r\n";

export type CsvCell = string | number | null | undefined | { decimal: string | null };

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/;

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell).replace(".", ",");
  if (typeof cell === "object") return cell.decimal === null ? "" : cell.decimal.replace(".", ",");
  return quote(FORMULA_START.test(cell) ? `'${cell}` : cell);
}

export function csvLine(cells: CsvCell[]): string {
  return cells.map(csvCell).join(CSV_DELIMITER) + LINE_END;
}

/** "2025-03-05 14:07:09", Moscow time, which Excel reads as a date-time. */
export function csvMoscowTime(instant: Date): string {
  return new Date(instant.getTime() + 3 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}
