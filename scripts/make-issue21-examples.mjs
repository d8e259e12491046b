// Builds the issue #21 examples (run after `npm run build:cli`):
// - examples/store-ops-pay.xlsx: examples/store-ops.xlsx plus a 现月薪 column and the store-ops policy
//   with pay per level (example amounts: the seed's 营运部 scheme names a 薪资结构 but gives no figures),
//   a 校准容差 and a target distribution;
// - examples/store-ops-pay-review-2026-05.xlsx: the review of the same stores half a year earlier
//   (as of 2026-05-23), as `promo review` wrote it: the previous cycle for `promo history`.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const CLI = path.join(ROOT, "dist/cli/index.js");
const promo = (...args) => execFileSync("node", [CLI, ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "issue21-"));

// Example pay, yuan a month (示例金额): 月薪 where one figure, else a band 最低/中位/最高; 储备区域经理 left without pay.
const PAY = {
  普通员工: { monthly: 4000 }, 培养对象: { monthly: 4300 }, 储备领班: { monthly: 4600 }, 领班: { min: 5000, mid: 5400, max: 5800 },
  储备店长: { monthly: 5800 }, 四级店长: { min: 6500, mid: 7000, max: 7500 }, 三级店长: { monthly: 7500 }, 二级店长: { monthly: 8500 },
  一级店长: { monthly: 9500 }, 特级店长: { monthly: 11000 }, 区域经理: { min: 13000, mid: 14500, max: 16000 }, 督导: { monthly: 18000 },
};
const CURRENT = { 普通员工: 4000, 培养对象: 4300, 储备领班: 4600, 储备厨师长: 4600, 领班: 5200, 厨师长: 5200, 领斑: 5200, 储备店长: 5800, 四级店长: 6800, 三级店长: 7500, 二级店长: 8600, 一级店长: 9500, 特级店长: 11200, 储备区域经理: 11200, 区域经理: 14000, 督导: 18000 };

const template = JSON.parse(promo("policy", "export", "store-ops", "--json"));
const policy = {
  ...template,
  id: "store-ops-pay",
  name: "营运部门店（含薪资）",
  nameEn: "Store operations (with pay)",
  version: "1.1",
  levels: template.levels.map((l) => (PAY[l.name] ? { ...l, pay: PAY[l.name] } : l)),
  calibration: { tolerance: 5, bands: [{ label: "优秀", min: 90, share: 0.2 }, { label: "合格", min: 75, share: 0.7 }, { label: "待改进", min: null, share: 0.1 }], bandTolerance: 0.05 },
};
const policyFile = path.join(tmp, "policy.json");
fs.writeFileSync(policyFile, JSON.stringify(policy, null, 2));

/** The roster with a 现月薪 column (N); `edit` changes rows by 工号 first. */
async function roster(out, edit = () => {}) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, "examples/store-ops.xlsx"));
  const ws = wb.worksheets[0];
  ws.getCell(3, 14).value = "现月薪";
  ws.getCell(3, 14).style = ws.getCell(3, 13).style;
  ws.getColumn(14).width = 10;
  for (let r = 4; r <= ws.rowCount; r++) {
    const id = ws.getCell(r, 1).value;
    if (id === null || id === undefined) continue;
    edit(ws.getRow(r), String(id));
    const level = String(ws.getCell(r, 4).value ?? "").trim();
    // Every seventh person has no current pay typed in: costed at the new level's full pay.
    ws.getCell(r, 14).value = r % 7 === 0 || CURRENT[level] === undefined ? null : CURRENT[level] + ((Number(id) % 3) - 1) * 100;
  }
  await wb.xlsx.writeFile(out);
}

const current = path.join(ROOT, "examples/store-ops-pay.xlsx");
await roster(current);
promo("policy", "export", policyFile, "--out", current);

// Half a year earlier: 230115 and 230124 a level lower (promoted since), 230112 a level higher (lowered
// since), a higher 绩效 for 230135, 230168, 230106, 230119 and 230160 (some passed then: no longer eligible now).
const EARLIER = {
  230115: { level: "储备店长", since: new Date("2024-05-01T00:00:00Z") },
  230124: { level: "储备领班", since: new Date("2024-03-01T00:00:00Z") },
  230112: { level: "三级店长" },
  230135: { perf: 88 },
  230168: { perf: 85 },
  230106: { perf: 96 },
  230119: { perf: 90 },
  230160: { perf: 85 },
};
const before = path.join(tmp, "store-ops-pay-2026-05.xlsx");
await roster(before, (row, id) => {
  const e = EARLIER[id];
  if (e?.level) row.getCell(4).value = e.level;
  if (e?.since) row.getCell(6).value = e.since;
  if (e?.perf) row.getCell(7).value = e.perf;
});
promo("policy", "export", policyFile, "--out", before);
promo("review", before, "--as-of", "2026-05-23", "--out", path.join(ROOT, "examples/store-ops-pay-review-2026-05.xlsx"));
fs.rmSync(tmp, { recursive: true, force: true });
process.stdout.write("wrote examples/store-ops-pay.xlsx and examples/store-ops-pay-review-2026-05.xlsx\n");
