/**
 * Issue 19 classes whose proof is a property of one function rather than a fixture: the
 * streaming writer's work for a row gap, temp names and the check before rename, decimal-comma
 * fields, sheet names, control characters, OOXML string escapes, error wording (read-only
 * folder, name too long, stack overflow, argument errors) and the CSV size limit.
 * Cost: 8 CLI runs (three argument errors, a long --out name, a sparse 600 MB CSV, a 7,000-level
 * policy and its export), about 10 s of CPU; the rest in process.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { commitTemp, openTemp, tempPathFor } from "../../src/cli/io/atomic-write";
import { csvSheetName } from "../../src/cli/io/excel-text";
import { CSV_MAX_BYTES, decimalCommaField } from "../../src/cli/io/read-csv";
import { escapeXstring, streamRow } from "../../src/cli/io/stream/exceljs-internals";
import { isoDateValue } from "../../src/cli/io/stream/iso-date";
import { handleError } from "../../src/cli/handle-error";
import { terminalSafe } from "../../src/cli/terminal";
import { FIELDS, percentCell } from "../../src/core";
import { unreadableMessage } from "../../src/core/i18n/row-messages";
import { percentWithin } from "../../src/core/read/percent";
import { controlCharacters, ensureCliBuilt, FIXTURES, promoAsync, tempDir } from "./helpers";

let dir: string;
beforeAll(() => {
  ensureCliBuilt();
  dir = tempDir("hostile-units");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What handleError prints and returns for `error`. */
function handled(error: unknown): { code: number; stderr: string } {
  const spy = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    const code = handleError(error);
    return { code, stderr: spy.mock.calls.map((c) => String(c[0])).join("") };
  } finally {
    spy.mockRestore();
  }
}

describe("class 1: a row far below the last one costs the streaming writer O(1), not O(gap)", () => {
  test("writing row 1 then row 1,048,576 keeps one pending row, not a million-slot array", async () => {
    const sink = fs.createWriteStream(path.join(dir, "gap.xlsx"));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink });
    const ws = wb.addWorksheet("s");
    streamRow(ws, 1).getCell(1).value = "top";
    ws.getRow(1).commit();
    const far = streamRow(ws, 1_048_576);
    far.getCell(14).value = "footer";
    // exceljs's getRow alone leaves _rows.length at 1,048,576: its commit then shifts once per slot (quadratic).
    expect((ws as unknown as { _rows: unknown[] })._rows.length).toBe(1);
    far.commit();
    ws.commit();
    await wb.commit();
  });
});

describe("class 2: ISO date cells", () => {
  test.each([
    ["2021-11-28", "2021-11-28T00:00:00.000Z"],
    ["2026-09-15T00:00:00", "2026-09-15T00:00:00.000Z"],
    ["2023-03-01T09:30:15.250Z", "2023-03-01T09:30:15.250Z"],
  ])("%s is the date %s", (text, iso) => expect(isoDateValue(text)).toEqual(new Date(iso)));

  test.each(["2023-02-30", "2021", "2021-13-01", "昨天"])("%s stays text, for the date reader to report", (text) => expect(isoDateValue(text)).toBe(text));
});

describe("class 3: decimal-comma numbers in a semicolon-separated CSV", () => {
  test.each([
    ["0,850", "0.850"],
    ["96,5%", "96.5%"],
    ["2.500", "2500"],
    ["1.234.567,5件", "1234567.5件"],
    ["-0,005", "-0.005"],
    ["3000", "3000"],
    ["2019.4.1", "2019.4.1"],
    ["2025/3/1", "2025/3/1"],
    ["E001", "E001"],
    ["12.5", "12.5"],
  ])("%s -> %s", (field, read) => expect(decimalCommaField(field)).toBe(read));
});

describe("class 3: a percentage outside its column's plausible range", () => {
  test.each([
    ["150", 1, "percent_range"],
    ["9500%", 1, "percent_range"],
    [percentCell(2.5), 1, "percent_range"],
    ["100%", 1, 1],
    [1, 1, 1],
    ["0", 1, 0],
    ["96,5%", 1, "percent"], // a decimal comma is the CSV reader's to fold (decimalCommaField), not the core's
    ["150%", 10, 1.5],
    ["1001%", 10, "percent_range"],
  ])("%j with a limit of %d reads %j", (cell, limit, expected) => {
    const v = percentWithin(limit)(cell);
    expect(typeof v === "object" && v !== null ? v.failure : v).toBe(expected);
  });

  test("the message says what was read and the range", () => {
    expect(unreadableMessage("客户满意度", "9500%", "percent_range", "zh-CN", 1)).toBe(
      "“客户满意度”列的值“9500%”读作 9500%，不在 0%–100% 之间：超出合理范围，请检查是否多写了 % 或多乘了 100",
    );
    expect(unreadableMessage("CSAT", 150, "percent_range", "en-US", 1)).toContain('"150" reads as 150%, outside 0%-100%');
  });

  test("the fields with a limit: CSAT, error rate, attendance at 100%; sales attainment at 1000%", () => {
    expect(FIELDS.filter((f) => f.max !== undefined).map((f) => [f.key, f.max])).toEqual([
      ["attendance", 1],
      ["csat", 1],
      ["error_rate", 1],
      ["sales", 10],
    ]);
  });
});

describe("class 4 and 14: text written to string items is well-formed and reads back as it was", () => {
  test.each([
    ["U+FFFE and U+FFFF are escaped", "张\uFFFE三\uFFFF", "张_xFFFE_三_xFFFF_"],
    ["a literal _x0041_ keeps its underscore", "a_x0041_b", "a_x005F_x0041_b"],
    ["an unpaired surrogate becomes U+FFFD", "x\uD800y", "x\uFFFDy"],
    ["an emoji (a surrogate pair) is kept", "好😀", "好😀"],
  ])("%s", (_what, text, written) => expect(escapeXstring(text)).toBe(written));
});

describe("class 6: temp files", () => {
  test("two temp names for the same output and pid differ (PID namespaces share pids)", () => {
    const out = path.join(dir, "out.xlsx");
    const a = tempPathFor(out, 1);
    const b = tempPathFor(out, 1);
    expect(a).not.toBe(b);
    expect(path.basename(a)).toMatch(/^\.out\.xlsx\.1-[0-9a-f]{6}-[0-9a-f]{12}\.tmp$/);
  });

  test("a temp file is created exclusively and a damaged one is never renamed into place", async () => {
    const out = path.join(dir, "kept.xlsx");
    fs.writeFileSync(out, "the previous review");
    const { tmp, stream } = await openTemp(out);
    await new Promise<void>((resolve) => stream.end("not a zip", () => resolve()));
    await expect(commitTemp(tmp, out)).rejects.toThrow(/已损坏/);
    expect(fs.readFileSync(out, "utf8")).toBe("the previous review");
    expect(fs.existsSync(tmp)).toBe(false);
  });

  test("an --out name long enough that the old temp name was too long is written", async () => {
    const out = path.join(dir, `${"评".repeat(80)}.xlsx`); // 245 bytes: `.<name>.<pid>.tmp` passed 255
    const run = await promoAsync(["review", path.join(FIXTURES, "clean.xlsx"), "--policy", "taobao-cs", "--as-of", "2026-11-23", "--out", out]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(out) as unknown });
  }, 60_000);
});

describe("class 8: terminal output", () => {
  test("control characters are written out as escapes; tab and line feed stay", () => {
    const shown = terminalSafe("郑十\u001b]0;pwned\u0007\u001b[2J\t李四\u009b2J\n");
    expect(controlCharacters(shown)).toEqual([]);
    expect(shown).toBe("郑十\\u001b]0;pwned\\u0007\\u001b[2J\t李四\\u009b2J\n");
  });

  test("an escaped C1 character is still valid JSON", () => {
    expect(JSON.parse(terminalSafe(JSON.stringify({ name: "李四\u009b" })))).toEqual({ name: "李四\u009b" });
  });
});

describe("class 9: contract breaks are exit 2 with one line", () => {
  test.each([
    ["a read-only folder", Object.assign(new Error("EROFS: read-only file system, open '/ro/.out.tmp'"), { code: "EROFS", path: "/ro/.out.tmp" }), "/ro/.out.tmp"],
    ["a name too long", Object.assign(new Error("ENAMETOOLONG"), { code: "ENAMETOOLONG", path: "/x/long.tmp" }), "/x/long.tmp"],
    ["a stack overflow (a policy with 6,000+ levels)", new RangeError("Maximum call stack size exceeded"), "过深"],
  ])("%s", (_what, error, fragment) => {
    const { code, stderr } = handled(error);
    expect(code).toBe(2);
    expect(stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(stderr).toContain(fragment);
    expect(stderr).not.toMatch(/internal error|内部错误/);
  });

  test.each([
    [["review", "--bogus"], "--bogus"],
    [["vacancy", path.join(FIXTURES, "clean.xlsx"), "--level", "中级客服", "--count", "-1"], "-1"],
    [["review"], "roster"],
  ])("promo %j: exit 2, one line", async (args, fragment) => {
    const run = await promoAsync(args);
    expect(run.code).toBe(2);
    const lines = run.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^promo: /);
    expect(lines[0]).toContain(fragment);
  }, 60_000);

  test("a policy with 7,000 levels (a stack overflow) is exit 2 with one line", async () => {
    const exported = await promoAsync(["policy", "export", "taobao-cs", "--json"]);
    const policy = JSON.parse(exported.stdout) as { id: string; levels: { name: string }[]; steps: { from: string; to: string }[] };
    const step = policy.steps[0]!;
    policy.id = "deep";
    policy.levels = Array.from({ length: 7000 }, (_, i) => ({ name: `L${i}` }));
    policy.steps = policy.levels.slice(1).map((l, i) => ({ ...step, from: `L${i}`, to: l.name }));
    const file = path.join(dir, "deep.json");
    fs.writeFileSync(file, JSON.stringify(policy));
    const run = await promoAsync(["review", path.join(FIXTURES, "clean.xlsx"), "--policy", file, "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/internal error|内部错误/);
  }, 60_000);

  test("a CSV over the size limit is refused from its size, before a byte is read", async () => {
    const big = path.join(dir, "huge.csv");
    fs.writeFileSync(big, "工号,姓名\n");
    fs.truncateSync(big, CSV_MAX_BYTES + 100 * 1024 * 1024); // sparse: no disk used
    const run = await promoAsync(["review", big, "--policy", "taobao-cs", "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l !== "")).toEqual([expect.stringContaining(big)]);
  }, 60_000);
});

describe("class 14: sheet names from file names", () => {
  test.each([
    ["History", "History_"],
    ["history", "history_"],
    [`${"名".repeat(30)}😀`, "名".repeat(30)],
    ["a[b]:c", "a_b__c"],
  ])("%s -> %s", (name, sheet) => expect(csvSheetName(name)).toBe(sheet));
});
