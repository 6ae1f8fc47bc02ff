import { describe, expect, it } from "vitest";
import { addDays, formatDayShort, formatMoscowDateTime, isIsoDay, moscowDay, moscowDayStart } from "@/lib/format/datetime";
import { formatCount, formatRub, formatRubCompact, formatRubFromKopecks, formatRubWhole } from "@/lib/format/money";
import { csvCell, csvLine, csvMoscowTime } from "@/lib/format/csv";

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

describe("CSV cells", () => {
  it("quotes what needs quoting and nothing else", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell("a;b")).toBe('"a;b"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe("");
    expect(csvLine(["x", 1.5, { decimal: "-10.25" }])).toBe("x;1,5;-10,25\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell({ decimal: "-5.00" })).toBe("-5,00");
  });

  it("writes times as Moscow wall-clock time", () => {
    expect(csvMoscowTime(new Date("2025-03-19T21:15:09.123Z"))).toBe("2025-03-20 00:15:09");
  });
});
