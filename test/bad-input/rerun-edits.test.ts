/**
 * Issue 19, class 13: a re-run over an output the user edited. In both modes (workbook and
 * --stream):
 *
 * - a sign-off (主管确认) is carried by 工号 only while the decision it sat next to (当前职级, 状态,
 *   下一职级) holds; when it changed (同意晋升 next to a row that is now 已最高) the cell says it needs
 *   review, quoting the sign-off, the review date and the old decision, stderr names the employee,
 *   and a further re-run keeps that note as it is;
 * - an output holding a sheet the user added, or a column with values added to 晋升评审, is not
 *   replaced: exit 2 with one line naming them, the file untouched; `--discard-edits` rewrites it
 *   and says what it dropped.
 *
 * The edited outputs are made here from the catalogue's clean twin (clean.xlsx): review, edit with
 * exceljs as a user would in Excel, re-run. Cost: 16 CLI runs in process (~15 s of CPU).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { FIXTURES, ensureCliBuilt, openWorkbook, promoAsync, tempDir, xmlProblems } from "./helpers";

const MODES = [["workbook", "--no-stream"], ["stream", "--stream"]] as const;
const STATUS = 6;
const SIGN_OFF = 14;

let dir: string;
beforeAll(ensureCliBuilt);
beforeEach(() => (dir = tempDir("rerun")));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Copies the clean twin as `r.xlsx` and reviews it (as of `asOf`); returns the roster and output paths. */
async function firstRun(mode: string, asOf = "2026-11-23"): Promise<{ roster: string; out: string }> {
  const roster = path.join(dir, "r.xlsx");
  fs.copyFileSync(path.join(FIXTURES, "clean.xlsx"), roster);
  const out = path.join(dir, "r-review.xlsx");
  const run = await promoAsync(["review", roster, "--policy", "taobao-cs", "--as-of", asOf, mode, "--out", out]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(out) as unknown });
  return { roster, out };
}

/** Opens `file`, lets `edit` change it, saves it (as Excel would). */
async function edit(file: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await openWorkbook(file);
  change(wb);
  await wb.xlsx.writeFile(file);
}

/** The results row of employee `id`. */
function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === id) found = row;
  });
  if (!found) throw new Error(`no row for ${id}`);
  return found;
}

function review(args: readonly string[]): ReturnType<typeof promoAsync> {
  return promoAsync(["review", ...args, "--policy", "taobao-cs"]);
}

describe.each(MODES)("%s mode: sign-offs are tied to the decision they were given for", (_name, mode) => {
  test("同意晋升 next to a row that is now 已最高 is not carried: the cell says it needs review; an unchanged decision keeps its sign-off", async () => {
    const { roster, out } = await firstRun(mode);
    await edit(out, (wb) => {
      const ws = wb.getWorksheet("晋升评审")!;
      expect(rowOf(ws, "E004").getCell(STATUS).value).toBe("可晋升");
      rowOf(ws, "E004").getCell(SIGN_OFF).value = "同意晋升";
      rowOf(ws, "E002").getCell(SIGN_OFF).value = "同意";
    });
    // E004 was promoted to 资深客服 (the top) in the roster.
    await edit(roster, (wb) => {
      wb.worksheets[0]!.eachRow((row) => {
        if (row.getCell(1).value === "E004") row.getCell(4).value = "资深客服";
      });
    });
    const second = await review([roster, "--as-of", "2026-12-01", mode, "--out", out]);
    expect(second.code).toBe(0);
    const notes = second.stderr.split("\n").filter((l) => l.includes("需复核"));
    expect(notes).toEqual([expect.stringContaining("1 人（E004）")]);
    let ws = (await openWorkbook(out)).getWorksheet("晋升评审")!;
    expect(rowOf(ws, "E004").getCell(STATUS).value).toBe("已最高");
    const note = String(rowOf(ws, "E004").getCell(SIGN_OFF).value);
    expect(note).toBe("需复核：上次确认“同意晋升”是对 2026-11-23 评审结论“高级客服 · 可晋升 → 资深客服”的，结论已变");
    expect(rowOf(ws, "E002").getCell(SIGN_OFF).value).toBe("同意");

    // Once more, in English: the note stays as it is until the manager replaces it; 同意 still holds.
    const third = await review([roster, "--as-of", "2026-12-02", mode, "--out", out, "--lang", "en"]);
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain("Review again");
    ws = (await openWorkbook(out)).getWorksheet("晋升评审")!;
    expect(rowOf(ws, "E004").getCell(SIGN_OFF).value).toBe(note);
    expect(rowOf(ws, "E002").getCell(SIGN_OFF).value).toBe("同意");
    expect(await xmlProblems(out)).toEqual([]);
  }, 120_000);
});

describe.each(MODES)("%s mode: what the user added to the output is never dropped in silence", (_name, mode) => {
  test("a sheet and columns added to 晋升评审: exit 2 naming them, the output untouched; --discard-edits rewrites it and says so", async () => {
    const { roster, out } = await firstRun(mode);
    const plain = await review([roster, "--as-of", "2026-11-23", mode, "--out", out]);
    expect(plain.code).toBe(0); // an output nobody edited is simply replaced
    await edit(out, (wb) => {
      const ws = wb.getWorksheet("晋升评审")!;
      ws.getCell("O2").value = "面谈意见";
      rowOf(ws, "E001").getCell(15).value = "下季度再议";
      ws.getCell("P2").value = "空列"; // a header alone, no value: nothing to lose
      wb.addWorksheet("面谈记录").getCell("A1").value = "王经理 11/25";
    });
    const before = fs.readFileSync(out);
    const refused = await review([roster, "--as-of", "2026-11-23", mode, "--out", out]);
    expect(refused.code).toBe(2);
    const lines = refused.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(out);
    expect(lines[0]).toContain("“面谈记录”");
    expect(lines[0]).toContain("“面谈意见（O）”");
    expect(lines[0]).not.toContain("空列");
    expect(lines[0]).toContain("--discard-edits");
    expect(lines[0]).not.toMatch(/internal error|\n\s+at /);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

    const english = await review([roster, "--as-of", "2026-11-23", mode, "--out", out, "--lang", "en"]);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain("--discard-edits to drop them");

    const forced = await review([roster, "--as-of", "2026-11-23", mode, "--out", out, "--discard-edits"]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain("按 --discard-edits 丢弃了");
    const wb = await openWorkbook(out);
    // Workbook mode also writes the talent sheets (继任梯队, 发展计划); streaming mode does not.
    expect(wb.worksheets.map((s) => s.name)).toEqual(["名单", "晋升评审", "人才库", "晋升汇总", ...(mode === "--no-stream" ? ["继任梯队", "发展计划"] : [])]);
    expect(await xmlProblems(out)).toEqual([]);
  }, 120_000);
});
