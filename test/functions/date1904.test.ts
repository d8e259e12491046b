/**
 * Workbooks in the 1904 date system (issue 15, item 11): their date serials are 1462 days
 * smaller than the same dates in the 1900 system, so a function that reads them as 1900 serials
 * is four years and a day off. The functions read the workbook's date system (DATE(2000,1,1) via
 * `workbook.functions.date`, ExcelApi 1.2: "a number from 1900 or 1904 (depending on the
 * workbook's date system)", @types/office-js) and convert at the boundary: date arguments, the
 * date columns of a record, and the ready dates they return.
 */
import * as L from "../../src/functions/logic";
import type * as Functions from "../../src/functions/functions";
import { AS_OF, CS_HEADERS, OMITTED, csRow, serial, testEnv } from "./fixtures";
import { FakeOffice } from "./office-runtime-fake";

/** The 1904-system serial of an ISO date. */
const serial1904 = (iso: string): number => serial(iso) - 1462;

/** A row whose 任现职 is 0.75 year at the as-of date: ready on 2027-02-23 (1 year in level). */
const DATES = { 入职日期: "2023-03-01", 任现职日期: "2026-02-23" };
const row1900 = csRow({ 入职日期: serial(DATES.入职日期), 任现职日期: serial(DATES.任现职日期) });
const row1904 = csRow({ 入职日期: serial1904(DATES.入职日期), 任现职日期: serial1904(DATES.任现职日期) });
const AS_OF_1904 = AS_OF - 1462;

describe("the functions in a 1904-system workbook", () => {
  const env1900 = testEnv(); // today is 2026-11-23
  const env1904 = { ...testEnv(), date1904: true };

  // Read as 1900 serials, a row and an as-of date from the same 1904 workbook are shifted alike
  // and agree; what shows the error is an absolute date: today, or a date typed as text.
  it("read the record's dates against today (as-of omitted)", () => {
    const b = { record: row1904, headers: CS_HEADERS };
    expect(L.gaps(b, env1904)).toBe("任现职 0.75年 < 1年");
    expect(L.gaps(b, env1904)).toBe(L.gaps({ record: row1900, headers: CS_HEADERS }, env1900));
    expect(L.status(b, env1904)).toBe("未达标");
  });

  it("give the ready date as a serial of the workbook's system (as-of typed as text)", () => {
    expect(L.readyDateSerial({ record: row1900, headers: CS_HEADERS, asOf: "2026-11-23" }, env1900)).toBe(serial("2027-02-23"));
    expect(L.readyDateSerial({ record: row1904, headers: CS_HEADERS, asOf: "2026-11-23" }, env1904)).toBe(serial1904("2027-02-23"));
  });

  it("TENURE and REVIEW too", () => {
    expect(L.tenureYears(serial1904("2026-02-23"), OMITTED, env1904)).toBe(0.75);
    expect(L.tenureYears(serial1904("2026-02-23"), AS_OF_1904, env1904)).toBe(0.75);
    const spill = L.reviewTable([CS_HEADERS[0]!, row1904[0]!], OMITTED, "2026-11-23", env1904);
    expect(spill[1]![7]).toBe(serial1904("2027-02-23"));
  });
});

describe("in Excel: the date system comes from the workbook", () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  it("PROMO.READYDATE answers in the 1904 system when the workbook uses it", async () => {
    office = new FakeOffice();
    office.date1904 = true;
    office.addSheet({ name: "客服部", rows: [] }, true);
    office.install();
    let F: typeof Functions | undefined;
    jest.isolateModules(() => {
      F = require("../../src/functions/functions") as typeof Functions; // eslint-disable-line @typescript-eslint/no-require-imports
    });
    const asOfText = "2026-11-23" as unknown as number; // a date typed as text, as HR sometimes does
    await expect(F!.readydate(row1904, CS_HEADERS, OMITTED, asOfText, OMITTED)).resolves.toBe(serial1904("2027-02-23"));
    await expect(F!.tenure(serial1904("2026-02-23"), asOfText)).resolves.toBe(0.75);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // the deferred key record, before the double goes
  }, 20000);
});
