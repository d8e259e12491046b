import {
  FIELDS,
  TEMPLATES,
  dayFromIso,
  edate,
  isoFromDay,
  reviewRoster,
  type Cell,
  type Criterion,
  type Policy,
  type Step,
} from "../../src/core";

// For every step of every template: a row sitting exactly on each threshold meets the step, and
// nudging any one criterion past its threshold makes exactly that criterion unmet (plus the
// composite score where the nudged field is one of its components).

const AS_OF = "2026-11-23";
const ASOF_DAY = dayFromIso(AS_OF)!;
const EDUCATION = ["初中", "高中", "大专", "本科", "硕士", "博士"];
const HEADERS = FIELDS.map((f) => f.zh[0]!);
const col = (key: string): number => FIELDS.findIndex((f) => f.key === key);

type Row = Cell[];

function monthsBack(years: number, extraDays = 0): string {
  return isoFromDay(edate(ASOF_DAY, -Math.ceil(years * 12 - 1e-9)) + extraDays);
}

function valueFor(c: Criterion, nudge: boolean): Cell {
  const t = c.value;
  const type = FIELDS.find((f) => f.key === c.field)?.type;
  if (type === "education") return EDUCATION[EDUCATION.indexOf(String(t)) - (nudge ? 1 : 0)]!;
  if (type === "boolean") return nudge ? "否" : "是";
  const n = Number(t);
  const delta = c.op === ">=" ? -1 : 1;
  if (type === "percent") return `${Math.round((n + (nudge ? delta * 0.01 : 0)) * 10000) / 100}%`;
  return n + (nudge ? delta : 0);
}

function rowFor(policy: Policy, step: Step, criteria: readonly Criterion[], nudged: string | null): Row {
  const row: Row = new Array<Cell>(HEADERS.length).fill(null);
  row[col("id")] = "E1";
  row[col("name")] = "测试";
  row[col("level")] = step.from;
  row[col("hire_date")] = monthsBack(10);
  row[col("level_date")] = monthsBack(10);
  const scoreMin = criteria.find((c) => c.field === "score");
  const own = new Set(criteria.map((c) => c.field));
  const components = Object.keys(step.score?.weights ?? {});
  const free = components.filter((f) => !own.has(f));
  for (const field of components) {
    // To push only the score below its minimum, zero the components that have no criterion of their own.
    row[col(field)] = nudged === "score" ? (free.length > 0 ? 0 : Number(scoreMin!.value) - 1) : Number(scoreMin?.value ?? 80);
  }
  for (const c of criteria) {
    const nudge = c.field === nudged;
    if (c.field === "score") continue;
    if (c.field === "years_in_level") row[col("level_date")] = monthsBack(Number(c.value), nudge ? 1 : 0);
    else if (c.field === "tenure") row[col("hire_date")] = monthsBack(Number(c.value), nudge ? 1 : 0);
    else {
      const value = valueFor(c, nudge);
      const current = row[col(c.field)];
      // A score component that also has its own criterion takes the stricter of the two values.
      row[col(c.field)] = !nudge && typeof current === "number" && typeof value === "number" ? Math.max(current, value) : value;
    }
  }
  void policy;
  return row;
}

function review(policy: Policy, row: Row) {
  return reviewRoster({ sheet: "Sheet1", rows: [HEADERS, row] }, policy, { asOf: AS_OF }).rows[0]!;
}

describe.each(TEMPLATES.map((p) => [p.id, p] as const))("template %s", (_id, policy) => {
  const cases = policy.steps.flatMap((step) =>
    step.paths.map((path, i) => [`${step.from} -> ${step.to} (${path.id})`, step, path.criteria, i === 0] as const),
  );
  describe.each(cases)("%s", (_name, step, criteria, standard) => {
    it("meets the step with every value exactly on its threshold", () => {
      const r = review(policy, rowFor(policy, step, criteria, null));
      const target = r.targets.find((t) => t.level === step.to)!;
      expect(r.errors).toEqual([]);
      expect(target.unmet).toEqual([]);
      expect(target.met).toBe(true);
      expect(r.status).toBe(step.vacancy ? "awaiting_vacancy" : "eligible");
    });

    it.each(criteria.map((c) => [c.field, c] as const))("fails on %s alone when it is just past the threshold", (field) => {
      const r = review(policy, rowFor(policy, step, criteria, field));
      const target = r.targets.find((t) => t.level === step.to)!;
      expect(r.errors).toEqual([]);
      if (!standard) {
        // Gaps are reported against the standard path (catalogue §3); this path just must not be the one met.
        expect(target.path).not.toBe(step.paths.find((p) => p.criteria === criteria)!.id);
        return;
      }
      const fields = target.unmet.map((u) => u.field);
      expect(fields).toContain(field);
      const allowed = field === "score" ? ["score", ...Object.keys(step.score?.weights ?? {})] : [field, "score"];
      for (const f of fields) expect(allowed).toContain(f);
      expect(target.unmet.every((u) => u.reason === "below")).toBe(true);
      expect(target.met).toBe(false);
    });
  });
});
