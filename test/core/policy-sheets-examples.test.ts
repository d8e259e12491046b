/**
 * Every template read back from its sheets reviews the sample rosters exactly as the template:
 * equal fingerprints and equal reviews. Also through a real .xlsx file (exceljs write, read).
 */
import * as os from "node:os";
import * as path from "node:path";
import { mkdtempSync, rmSync } from "node:fs";
import ExcelJS from "exceljs";
import { TEMPLATES, policyFromSheets, policyToSheets, reviewRoster, type Policy, type RosterInput } from "../../src/core";
import { loadWorkbook, pickRosterSheet, rosterFromWorksheet } from "../../src/cli/io/read-xlsx";
import { addPolicySheets, readPolicySheets } from "../../src/cli/io/policy-workbook";

const ROOT = path.resolve(__dirname, "../..");
const rosters = new Map<string, RosterInput>();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "promo-sheets-"));
  for (const t of TEMPLATES) rosters.set(t.id, rosterFromWorksheet(pickRosterSheet(await loadWorkbook(path.join(ROOT, "examples", `${t.id}.xlsx`)))));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The template written as sheets into a real .xlsx, then read back with exceljs. */
async function throughXlsx(t: Policy, locale: "zh-CN" | "en-US"): Promise<Policy> {
  const wb = new ExcelJS.Workbook();
  addPolicySheets(wb, t, locale, "test.xlsx");
  const file = path.join(dir, `${t.id}-${locale}.xlsx`);
  await wb.xlsx.writeFile(file);
  const r = policyFromSheets(readPolicySheets(await loadWorkbook(file)), locale);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.policy;
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("%s", (id, template) => {
  it("read back from its sheets, reviews its sample roster exactly as the template", () => {
    const r = policyFromSheets(policyToSheets(template));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const input = rosters.get(id)!;
    for (const asOf of ["2026-11-23", "2027-06-30"]) {
      expect(reviewRoster(input, r.policy, { asOf })).toStrictEqual(reviewRoster(input, template, { asOf }));
    }
  });

  it("survives a real .xlsx file, in both languages", async () => {
    for (const locale of ["zh-CN", "en-US"] as const) {
      const policy = await throughXlsx(template, locale);
      expect(policy).toStrictEqual(JSON.parse(JSON.stringify(template)));
      const input = rosters.get(id)!;
      expect(reviewRoster(input, policy, { asOf: "2026-11-23" })).toStrictEqual(reviewRoster(input, template, { asOf: "2026-11-23" }));
    }
  });
});
