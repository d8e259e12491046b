/**
 * Nothing lost: the roster is never modified, an interrupted run never leaves a half-written
 * workbook or replaces the input, and a re-run keeps the managers' sign-offs (主管确认).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { CLI, ROOT, ensureCliBuilt, openWorkbook, promoAsync, tempDir } from "./helpers";

const AS_OF = ["--as-of", "2026-11-23"];
const HEADER = ["工号", "姓名", "部门", "职级", "入职日期", "任现职日期", "绩效", "团队协作", "学习成长", "客户满意度", "工单量", "差错率", "技能考核", "技能证书", "低质评价"];
const LEVELS = ["初级客服", "中级客服", "高级客服", "资深客服"];

/** A taobao-cs employee row, varied by `i`. */
function person(i: number, id = `E${String(i).padStart(3, "0")}`): (string | number)[] {
  return [id, `员工${i}`, `客服${i % 3}部`, LEVELS[i % 4]!, `2023/${1 + (i % 12)}/${1 + (i % 28)}`, `2025/${1 + (i % 12)}/${1 + (i % 28)}`, 70 + (i % 30), 75 + (i % 25), 70 + (i % 30), `${90 + (i % 10)}%`, 1500 + ((i * 37) % 8000), `${(i % 15) / 10}%`, 70 + (i % 30), i % 3 === 0 ? "否" : "是", i % 4];
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.join(",")).join("\r\n") + "\r\n";
}

let dir: string;
beforeAll(ensureCliBuilt);
beforeEach(() => (dir = tempDir("lost")));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the roster is never modified", () => {
  test.each([
    ["taobao-cs.xlsx", "examples/taobao-cs.xlsx"],
    ["taobao-cs-gbk.csv", "examples/taobao-cs-gbk.csv"],
  ])("%s is byte-for-byte the same after a review, a re-run and a --json run", async (name, source) => {
    const roster = path.join(dir, name);
    fs.copyFileSync(path.join(ROOT, source), roster);
    const before = fs.readFileSync(roster);
    for (const args of [[], [], ["--json"]]) {
      const run = await promoAsync(["review", roster, ...AS_OF, ...args]);
      expect({ args, code: run.code }).toEqual({ args, code: 0 });
    }
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([name, `${path.parse(name).name}-review.xlsx`].sort());
  });

  test("--out naming the roster (a CSV) is refused and the roster kept", async () => {
    const roster = path.join(dir, "名单.csv");
    fs.writeFileSync(roster, csv([HEADER, person(1)]));
    const before = fs.readFileSync(roster);
    const run = await promoAsync(["review", roster, ...AS_OF, "--out", roster]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/就是花名册本身/);
    expect(fs.readFileSync(roster).equals(before)).toBe(true);
  });
});

/** Rows of the roster a killed run reviews: large enough that writing the workbook takes a while. */
const BIG_ROWS = 12000;

/**
 * Starts `promo review` and SIGKILLs it as soon as it starts writing `out`: when its temp file
 * `.<out>.<pid>-<host>-<random>.tmp` appears, or when `out` itself changes (a writer without a temp file).
 */
function killWhileWriting(args: readonly string[], out: string): Promise<{ signal: NodeJS.Signals | null; code: number | null; tmp: string; sawWrite: boolean }> {
  const original = fs.statSync(out);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: "ignore" });
    const prefix = `.${path.basename(out)}.${child.pid}-`;
    let tmp = "";
    const tempFile = (): string | undefined => fs.readdirSync(path.dirname(out)).find((f) => f.startsWith(prefix) && f.endsWith(".tmp"));
    let sawWrite = false;
    const poll = setInterval(() => {
      let changed = false;
      try {
        const now = fs.statSync(out);
        changed = now.size !== original.size || now.mtimeMs !== original.mtimeMs || now.ino !== original.ino;
      } catch {
        changed = true;
      }
      const found = tempFile();
      if (found !== undefined) tmp = path.join(path.dirname(out), found);
      if (found !== undefined || changed) {
        sawWrite = true;
        clearInterval(poll);
        child.kill("SIGKILL");
      }
    }, 2);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearInterval(poll);
      resolve({ signal, code, tmp, sawWrite });
    });
  });
}

describe("an interrupted run", () => {
  test("killed while writing: the previous output is intact, the input unchanged, only the dot-temp file is left, and the next run removes it", async () => {
    const small = path.join(dir, "small.csv");
    const big = path.join(dir, "big.csv");
    const out = path.join(dir, "review.xlsx");
    fs.writeFileSync(small, csv([HEADER, ...Array.from({ length: 5 }, (_, i) => person(i))]));
    fs.writeFileSync(big, csv([HEADER, ...Array.from({ length: BIG_ROWS }, (_, i) => person(i))]));
    const first = await promoAsync(["review", small, ...AS_OF, "--policy", "taobao-cs", "--out", out]);
    expect(first.code).toBe(0);
    const previous = fs.readFileSync(out);
    const input = fs.readFileSync(big);

    const killed = await killWhileWriting(["review", big, ...AS_OF, "--policy", "taobao-cs", "--out", out], out);
    expect({ sawWrite: killed.sawWrite, signal: killed.signal }).toEqual({ sawWrite: true, signal: "SIGKILL" });
    const now = fs.readFileSync(out);
    expect({ previousOutput: { bytes: now.length, identical: now.equals(previous) } }).toEqual({ previousOutput: { bytes: previous.length, identical: true } });
    expect(fs.readFileSync(big).equals(input)).toBe(true);
    const left = fs.readdirSync(dir).filter((f) => ![path.basename(small), path.basename(big), path.basename(out)].includes(f));
    expect(left).toEqual([path.basename(killed.tmp)]); // killed mid-write: its temp file, nothing else
    await openWorkbook(out); // still the complete previous review

    const next = await promoAsync(["review", small, ...AS_OF, "--policy", "taobao-cs", "--out", out]);
    expect(next.code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(big), path.basename(out), path.basename(small)].sort());
  }, 60_000);
});

/** Writes a small taobao-cs roster workbook with `people` in this order. */
async function writeRoster(file: string, people: readonly (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名单");
  ws.addRow(["客服部晋升名单"]);
  ws.addRow(HEADER);
  for (const p of people) ws.addRow(p);
  await wb.xlsx.writeFile(file);
}

/** The results sheet's rows as id -> [sheet row, sign-off]. */
async function signOffs(out: string): Promise<Map<string, [number, ExcelJS.CellValue]>> {
  const ws = (await openWorkbook(out)).getWorksheet("晋升评审")!;
  const map = new Map<string, [number, ExcelJS.CellValue]>();
  ws.eachRow((row, n) => {
    if (n > 2) map.set(String(row.getCell(2).value), [n, row.getCell(14).value]);
  });
  return map;
}

describe("re-runs keep the sign-offs (主管确认)", () => {
  test("by 工号, after the roster's rows are re-ordered and a new employee is added", async () => {
    const roster = path.join(dir, "名单.xlsx");
    const out = path.join(dir, "名单-review.xlsx");
    const people = Array.from({ length: 6 }, (_, i) => person(i + 1));
    await writeRoster(roster, people);
    expect((await promoAsync(["review", roster, ...AS_OF])).code).toBe(0);

    const wb = await openWorkbook(out);
    const ws = wb.getWorksheet("晋升评审")!;
    expect(ws.getCell(2, 14).value).toBe("主管确认");
    ws.eachRow((row, n) => {
      const id = row.getCell(2).value;
      if (n > 2 && id === "E002") row.getCell(14).value = "同意 王经理";
      if (n > 2 && id === "E005") row.getCell(14).value = new Date(Date.UTC(2026, 10, 30));
    });
    await wb.xlsx.writeFile(out);

    await writeRoster(roster, [person(99), ...people.slice().reverse()]);
    const rerun = await promoAsync(["review", roster, ...AS_OF]);
    expect(rerun.code).toBe(0);
    const after = await signOffs(out);
    expect(after.get("E002")?.[1]).toBe("同意 王经理");
    expect(after.get("E005")?.[1]).toBe("2026-11-30");
    for (const id of ["E001", "E003", "E004", "E006", "E099"]) expect({ id, signOff: after.get(id)?.[1] ?? null }).toEqual({ id, signOff: null });
    expect(after.get("E002")?.[0]).not.toBe(4); // E002 moved: the sign-off followed the id, not the row
  }, 30_000);
});
