/**
 * The pane's adapter in a 1904-system workbook (issue 15, item 11): date-formatted numbers are
 * 1904 serials there (1462 days smaller than the same dates in the 1900 system), and dates it
 * writes must be 1904 serials too. The system is learned from the workbook (DATE(2000,1,1) via
 * `workbook.functions.date`, ExcelApi 1.2) by the policy watcher; office-port.ts passes it on.
 */
import { dayFromIso, serialFromDay } from "../../src/core";
import { cellFromRange, rangeValue, isDateFormat, setWorkbookDateSystem } from "../../src/excel/cells";

const serial1900 = (iso: string): number => serialFromDay(dayFromIso(iso)!);
const serial1904 = (iso: string): number => serial1900(iso) - 1462;

afterEach(() => setWorkbookDateSystem(false));

describe("isDateFormat", () => {
  it("tells date formats from others", () => {
    for (const f of ["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yy", "[$-804]yyyy/m/d", "d-mmm"]) expect(isDateFormat(f)).toBe(true);
    for (const f of ["General", "0.00", "0%", "@", "h:mm", '"day"0', "G/通用格式"]) expect(isDateFormat(f)).toBe(false);
  });
});

describe("in a 1904-system workbook", () => {
  it("reads a date-formatted number as the date it shows, other numbers as numbers", () => {
    setWorkbookDateSystem(true);
    const cell = cellFromRange(serial1904("2026-02-23"), "yyyy-mm-dd");
    expect(cell instanceof Date && cell.toISOString().slice(0, 10)).toBe("2026-02-23");
    expect(cellFromRange(42, "General")).toBe(42);
  });

  it("writes dates as 1904 serials", () => {
    setWorkbookDateSystem(true);
    expect(rangeValue("2027-02-23", "date")).toBe(serial1904("2027-02-23"));
  });

  it("in the 1900 system, nothing changes", () => {
    expect(cellFromRange(serial1900("2026-02-23"), "yyyy-mm-dd")).toBe(serial1900("2026-02-23"));
    expect(rangeValue("2027-02-23", "date")).toBe(serial1900("2027-02-23"));
  });
});
