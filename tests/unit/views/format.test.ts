import { describe, expect, it } from "vitest";
import { addDays, formatDayShort, formatMoscowDateTime, isIsoDay, moscowDay, moscowDayStart } from "@/lib/format/datetime";
import { formatCount, formatRub, formatRubCompact, formatRubFromKopecks, formatRubWhole } from "@/lib/format/money";
import { csvLine, csvLines, csvMoscowTime } from "@/lib/format/csv";

// Intl puts narrow no-break spaces between digit groups; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("RUB formatting", () => {
  it("formats kopecks and decimals the Russian way", () => {
    expect(plain(formatRubFromKopecks(123450))).toBe("1 234,50 ₽");
    expect(plain(formatRub("1234567.5"))).toBe("1 234 567,50 ₽");
    expect(plain(formatRub("-700.00"))).toBe("-700,00 ₽");
    expect(plain(formatRubWhole(123456))).toBe("1 235 ₽");
    expect(plain(formatCount(1234567))).toBe("1 234 567");
  });

  it("keeps roubles in English too, with English separators", () => {
    expect(plain(formatRubFromKopecks(123450, "en"))).toBe("RUB 1,234.50");
  });

  it("shortens axis labels", () => {
    expect(plain(formatRubCompact(1_200_000))).toBe("1,2 млн ₽");
    expect(plain(formatRubCompact(12_000))).toBe("12 тыс. ₽");
  });
});

describe("Moscow time", () => {
  it("shows UTC instants in Moscow time", () => {
    expect(formatMoscowDateTime(new Date("2025-03-19T21:15:00Z"))).toBe("20.03.2025, 00:15");
    expect(formatMoscowDateTime("2025-07-01T09:00:00Z", "en")).toBe("01/07/2025, 12:00");
  });

  it("maps instants to Moscow days and days to their first instant", () => {
    expect(moscowDay(new Date("2025-03-19T20:59:59Z"))).toBe("2025-03-19");
    expect(moscowDay(new Date("2025-03-19T21:00:00Z"))).toBe("2025-03-20");
    expect(moscowDayStart("2025-03-20").toISOString()).toBe("2025-03-19T21:00:00.000Z");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(formatDayShort("2025-03-05")).toBe("5 мар.");
  });

  it("accepts real calendar days only", () => {
    expect(isIsoDay("2025-02-28")).toBe(true);
    expect(isIsoDay("2025-02-30")).toBe(false);
    expect(isIsoDay("2025-2-3")).toBe(false);
  });
});

/** An RFC 4180 reader with the delimiter of one's choice, as LibreOffice or a script reads a file. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [[]];
  let field = "";
  let quoted = false;
  const endField = () => {
    rows[rows.length - 1].push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) endField();
    else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endField();
      rows.push([]);
    } else field += c;
  }
  return rows.filter((row) => row.length);
}

describe("CSV cells", () => {
  it("quotes what needs quoting and nothing else", () => {
    expect(csvLine(["plain"])).toBe("plain\r\n");
    expect(csvLine(['a "b"'])).toBe('"a ""b"""\r\n');
    expect(csvLine(["a;b"])).toBe('"a;b"\r\n');
    expect(csvLine(["line\nbreak", "cr\rx"])).toBe('"line\nbreak";"cr\rx"\r\n');
    expect(csvLine(["x", null, 1.5, { decimal: "-10.25" }])).toBe('x;;"1,5";"-10,25"\r\n');
    expect(csvLines([])).toBe("");
  });

  it("quotes commas and tabs, and a reader splitting on them finds no field starting a formula (they were written bare)", () => {
    const row = ["Кружка, 0,3 л", "a\tb", 'Тарелка "Утро"', "x,=HYPERLINK(1)", "y\t=1+1", 'z, "@SUM(A1)"', "Скидка;-20%"];
    expect(csvLine(row.slice(0, 3))).toBe('"Кружка, 0,3 л";"a\tb";"Тарелка ""Утро"""\r\n');
    const text = csvLines([row, ["2", "=2"]]);
    // Read as written: every field comes back, only the formula starts are guarded.
    expect(readCsv(text, ";")[0]).toEqual([
      "Кружка, 0,3 л",
      "a\tb",
      'Тарелка "Утро"',
      "x,'=HYPERLINK(1)",
      "y\t'=1+1",
      `z, "'@SUM(A1)"`,
      "Скидка;'-20%",
    ]);
    for (const delimiter of [";", ",", "\t"]) {
      for (const field of readCsv(text, delimiter).flat()) {
        expect(field.replace(/^[\s"]+/, ""), `read with ${JSON.stringify(delimiter)}`).not.toMatch(/^[=+\-@]/);
      }
      // Split with no regard for quotes at all, as a one-line script would.
      for (const field of text.split(delimiter)) expect(field.replace(/^[\s"]+/, "")).not.toMatch(/^[=+\-@]/);
    }
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvLine(["=1+1", "@SUM(A1)", "-5", "+7", "\tx", "\uFF1D1+1"])).toBe("'=1+1;'@SUM(A1);'-5;'+7;\"'\tx\";'\uFF1D1+1\r\n");
    expect(csvLine([{ decimal: "-5.00" }, -3])).toBe('"-5,00";-3\r\n');
  });

  it("writes times as Moscow wall-clock time", () => {
    expect(csvMoscowTime(new Date("2025-03-19T21:15:09.123Z"))).toBe("2025-03-20 00:15:09");
  });
});
