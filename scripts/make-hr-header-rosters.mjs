// Generates test/fixtures/hr-headers/*.csv: one 12-person 淘宝客服 roster under header variants HR
// really uses (issue 18). The data is the same in every file; only the headers differ.
import * as fs from "node:fs";
import * as path from "node:path";

const DIR = path.resolve(import.meta.dirname, "../test/fixtures/hr-headers");
const LEVELS = ["初级客服", "初级客服", "初级客服", "中级客服", "中级客服", "中级客服", "中级客服", "高级客服", "高级客服", "高级客服", "资深客服", "初级客服"];
const NAMES = ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏", "徐涛", "孙悦"];
const DEPTS = ["售前组", "售后组", "VIP客服组"];
const rows = LEVELS.map((level, i) => {
  const month = ((i * 5) % 12) + 1;
  return [
    `KF${2001 + i}`,
    NAMES[i],
    DEPTS[i % 3],
    level,
    `20${20 + (i % 4)}-0${1 + (i % 9)}-15`,
    `2025-${String(month).padStart(2, "0")}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`,
    String(1500 + i * 450),
    `${88 + (i % 9)}%`,
    `${(0.4 + (i % 5) * 0.2).toFixed(1)}%`,
    String(i % 4),
    String(70 + ((i * 3) % 25)),
    String(72 + ((i * 7) % 26)),
    String(70 + ((i * 5) % 28)),
    String(68 + ((i * 11) % 30)),
    i % 3 === 0 ? "否" : "是",
  ];
});
const VARIANTS = {
  // Every header a synonym HR uses: read without --map.
  "客服花名册-常见表头.csv": ["工号", "姓名", "所属部门", "岗位级别", "入职日期", "本岗位开始日期", "月均接待量", "客户满意度", "差错率", "低质评价", "技能分", "绩效分", "协作", "学习", "技能证书"],
  // Headers of the company's own: the level, level-date and skill columns need --map.
  "客服花名册-自有表头.csv": ["工号", "姓名", "部门", "岗位等级", "入职日期", "现岗位起始日", "接待量", "客户满意度", "差错率", "低质评价", "技能考评", "绩效", "团队协作", "学习成长", "技能证书"],
};
fs.mkdirSync(DIR, { recursive: true });
for (const [file, header] of Object.entries(VARIANTS)) {
  fs.writeFileSync(path.join(DIR, file), [header, ...rows].map((r) => r.join(",")).join("\n") + "\n");
}
