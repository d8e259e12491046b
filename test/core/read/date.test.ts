import fc from "fast-check";
import { errorCell, percentCell } from "../../../src/core/model/cell";
import { dayFromYmd, daysInMonth } from "../../../src/core/evaluate/calendar";
import { fail } from "../../../src/core/read/failure";
import { readDate } from "../../../src/core/read/date";
import { anyCell } from "./arbitraries";

const MAY_1 = dayFromYmd(2023, 5, 1);

describe("readDate", () => {
  it.each(["2023-05-01", "2023/5/1", "2023.5.1", "2023年5月1日", "20230501"])("reads the catalogue form %s", (text) => {
    expect(readDate(text)).toBe(MAY_1);
  });

  it.each(["2023-05-01 10:30", "2023-05-01T10:30:00", "2023/5/1 8:05:09", "2023年5月1日 10:30", "2023-05-01T23:59:59.999Z", "2023-05-01T10:30:00+08:00", "20230501 10:30", "2023/5/1 10:30 PM"])(
    "drops the time part of %s",
    (text) => {
      expect(readDate(text)).toBe(MAY_1);
    },
  );

  it("reads Excel serials in the 1900 system", () => {
    expect(readDate(45047)).toBe(MAY_1);
    expect(readDate(45047.75)).toBe(MAY_1);
    expect(readDate(1)).toBe(dayFromYmd(1900, 1, 1));
  });

  it("reads serials 59 and 61 around the fictitious 1900-02-29", () => {
    expect(readDate(59)).toBe(dayFromYmd(1900, 2, 28));
    expect(readDate(61)).toBe(dayFromYmd(1900, 3, 1));
  });

  it("fails on serial 60 and serials below 1", () => {
    expect(readDate(60)).toBe(fail("date"));
    expect(readDate(60.5)).toBe(fail("date"));
    expect(readDate(0)).toBe(fail("date"));
    expect(readDate(0.5)).toBe(fail("date"));
    expect(readDate(-1)).toBe(fail("date"));
  });

  it("reads a short digit text as a serial", () => {
    expect(readDate("45047")).toBe(MAY_1);
    expect(readDate("45047.5")).toBe(MAY_1);
    expect(readDate("61")).toBe(dayFromYmd(1900, 3, 1));
    expect(readDate("60")).toBe(fail("date"));
  });

  it("reads a Date by its UTC date, dropping the time", () => {
    expect(readDate(new Date(Date.UTC(2023, 4, 1)))).toBe(MAY_1);
    expect(readDate(new Date(Date.UTC(2023, 4, 1, 23, 59, 59)))).toBe(MAY_1);
  });

  it("reads full-width date text", () => {
    expect(readDate("２０２３－０５－０１")).toBe(MAY_1);
    expect(readDate("２０２３年５月１日")).toBe(MAY_1);
  });

  it("reads month ends", () => {
    expect(readDate("2024-02-29")).toBe(dayFromYmd(2024, 2, 29));
    expect(readDate("2000-02-29")).toBe(dayFromYmd(2000, 2, 29));
    expect(readDate("2023-02-28")).toBe(dayFromYmd(2023, 2, 28));
    expect(readDate("2023/4/30")).toBe(dayFromYmd(2023, 4, 30));
    expect(readDate("2023.12.31")).toBe(dayFromYmd(2023, 12, 31));
    expect(readDate("20230131")).toBe(dayFromYmd(2023, 1, 31));
  });

  it("reads empty cells as null", () => {
    expect(readDate(null)).toBeNull();
    expect(readDate(undefined)).toBeNull();
    expect(readDate("  ")).toBeNull();
  });

  it("fails on an Excel error cell as excel_error", () => {
    expect(readDate(errorCell("#N/A"))).toBe(fail("excel_error"));
  });

  it("reads the ISO text of any valid date as that day", () => {
    const ymd = fc
      .record({ y: fc.integer({ min: 1900, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysInMonth(y, m)) }));
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(readDate(iso)).toBe(dayFromYmd(y, m, d));
      }),
    );
  });

  describe("edge cases", () => {
    it.each(["2023-02-29", "2023-13-45", "2023-04-31", "1900-02-29", "2023-00-10", "2023-05-00", "20230229", "2023年2月30日", "2023/13/1"])(
      "fails on the impossible date %s",
      (text) => {
        expect(readDate(text)).toBe(fail("date"));
      },
    );

    it("fails on years outside 1900-9999", () => {
      expect(readDate("1899-12-31")).toBe(fail("date"));
      expect(readDate("18991231")).toBe(fail("date"));
      expect(readDate(new Date(Date.UTC(1899, 11, 31)))).toBe(fail("date"));
      expect(readDate(2958466)).toBe(fail("date"));
      expect(readDate(2958465)).toBe(dayFromYmd(9999, 12, 31));
    });

    it("fails on mixed separators, 6-7 digit texts, words and trailing junk", () => {
      expect(readDate("2023-5/1")).toBe(fail("date"));
      expect(readDate("202351")).toBe(fail("date"));
      expect(readDate("2023051")).toBe(fail("date"));
      expect(readDate("2023-05-01x")).toBe(fail("date"));
      expect(readDate("2023-05-01 noon")).toBe(fail("date"));
      expect(readDate("昨天")).toBe(fail("date"));
      expect(readDate("05/01/2023")).toBe(fail("date"));
    });

    it("fails on booleans, percent cells, invalid Dates and non-finite numbers", () => {
      expect(readDate(true)).toBe(fail("date"));
      expect(readDate(percentCell(0.5))).toBe(fail("date"));
      expect(readDate(new Date(NaN))).toBe(fail("date"));
      expect(readDate(NaN)).toBe(fail("date"));
      expect(readDate(Infinity)).toBe(fail("date"));
    });

    it("never throws on any cell", () => {
      fc.assert(fc.property(anyCell, (c) => void readDate(c)));
    });
  });
});
