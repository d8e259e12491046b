/**
 * The 规则 (Rules) sheet: one row per criterion or composite-score component. Rows with the same
 * 从 and 到 form a step; 路径 groups a step's criteria into paths; rows with a 权重 (and no 运算
 * or 值) are the components of the step's composite score (综合得分).
 */
import type { BlockerRule, Criterion, Op, Path, Step, WindowSpec } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { readPercent } from "../../read/percent";
import { foldText } from "../../read/text";
import { type Grid, type IssueList, type Pos, type SourceMap, addressOf, findHeaderRow, shown } from "./grid";
import { RULE_COLUMNS, type RuleColumn, ruleColumnLabel, ruleColumnOf } from "./names";
import { parseValue, valueExpectation } from "./values";
import { flagText, isAllLevels, isBlockerPath, parseFlag, parseOp, parsePath, resolveField } from "./vocabulary";
import { parseFloor, parseWindowPrefix } from "./window-syntax";

const REQUIRED: readonly RuleColumn[] = ["from", "to", "field", "op", "value"];
/** Columns whose content makes a row part of the rules (说明 alone is a note). */
const DATA_COLUMNS: readonly RuleColumn[] = RULE_COLUMNS.filter((c) => c !== "note");
/** Columns that hold a criterion or a weight. */
const CONTENT_COLUMNS: readonly RuleColumn[] = ["field", "op", "value", "weight"];

interface CriterionRow {
  readonly criterion: Criterion;
  readonly row: number;
}

/** A field with the rolling window written before it (`近6月平均:客户满意度`). */
interface WindowedField {
  readonly field: string;
  readonly window: WindowSpec;
}

interface StepDraft {
  readonly from: string;
  readonly to: string;
  readonly row: number;
  vacancy: { readonly value: boolean; readonly pos: Pos } | null;
  readonly weights: Map<string, number>;
  readonly weightRows: Map<string, number>;
  readonly paths: Map<string, { id: string; label: string; rows: CriterionRow[] }>;
}

type Columns = ReadonlyMap<RuleColumn, number>;

/** Reads the rule rows of one sheet into steps. */
class RulesReader {
  private readonly steps = new Map<string, StepDraft>();
  private readonly blockers: { readonly rule: BlockerRule; readonly row: number }[] = [];
  private last: StepDraft | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly cols: Columns,
    private readonly issues: IssueList,
    private readonly locale: Locale,
  ) {}

  private col(k: RuleColumn): number | undefined {
    return this.cols.get(k);
  }

  private pos(row: number, k: RuleColumn): Pos {
    return this.grid.pos(row, this.col(k) ?? 0);
  }

  /** The step of a row: its 从/到, or the row above's when both are empty. */
  private stepOf(r: number): StepDraft | null {
    const from = this.grid.text(r, this.col("from"));
    const to = this.grid.text(r, this.col("to"));
    if (from === null && to === null && this.last) return this.last;
    if (from === null || to === null) {
      const k: RuleColumn = from === null ? "from" : "to";
      this.issues.add(this.pos(r, k), "incomplete_rule", { column: ruleColumnLabel(k, this.locale) });
      return null;
    }
    const key = `${foldText(from)}\u0000${foldText(to)}`;
    let step = this.steps.get(key);
    if (!step) {
      step = { from, to, row: r, vacancy: null, weights: new Map(), weightRows: new Map(), paths: new Map() };
      this.steps.set(key, step);
    }
    this.last = step;
    return step;
  }

  private readVacancy(step: StepDraft, r: number): void {
    const flag = parseFlag(this.grid.cell(r, this.col("vacancy")));
    if (flag === undefined) {
      this.issues.add(this.pos(r, "vacancy"), "bad_flag", { value: shown(this.grid.cell(r, this.col("vacancy"))) });
    } else if (flag !== null) {
      if (step.vacancy === null) step.vacancy = { value: flag, pos: this.pos(r, "vacancy") };
      else if (step.vacancy.value !== flag) {
        this.issues.add(this.pos(r, "vacancy"), "vacancy_conflict", {
          from: step.from,
          to: step.to,
          first: addressOf(step.vacancy.pos),
          other: flagText(step.vacancy.value, this.locale),
        });
      }
    }
  }

  /** The field of a row: a canonical key, a custom header, or the text as typed (reported). */
  private fieldOf(r: number): string {
    const text = this.grid.text(r, this.col("field"));
    if (text === null) return "";
    const ref = resolveField(text);
    if (ref.kind === "known") return ref.key;
    if (ref.kind === "custom") return ref.header;
    this.issues.add(this.pos(r, "field"), "unknown_field", { value: ref.text, closest: ref.closest ?? undefined });
    return ref.text;
  }

  /** The field of a row written with a window prefix (`近6月平均:客户满意度`), or null without one. */
  private windowOf(r: number): WindowedField | null {
    const text = this.grid.text(r, this.col("field"));
    const prefix = text === null ? null : parseWindowPrefix(text);
    if (!prefix) return null;
    const ref = resolveField(prefix.rest);
    let field: string;
    if (ref.kind === "known") field = ref.key;
    else if (ref.kind === "custom") field = ref.header;
    else {
      this.issues.add(this.pos(r, "field"), "unknown_field", { value: ref.text, closest: ref.closest ?? undefined });
      field = ref.text;
    }
    let floor: number | undefined;
    if (prefix.floorText !== null) {
      const v = parseFloor(prefix.floorText, field);
      if (v === null) this.issues.add(this.pos(r, "field"), "bad_window", { field: prefix.rest, reason: "floor", floor: prefix.floorText });
      else floor = v;
    }
    return { field, window: { months: prefix.months, agg: prefix.agg, ...(floor === undefined ? {} : { floor }) } };
  }

  private readWeight(step: StepDraft, r: number, field: string): void {
    if (field === "") {
      this.issues.add(this.pos(r, "field"), "unknown_field", { value: "" });
      return;
    }
    const cell = this.grid.cell(r, this.col("weight"));
    const w = readPercent(cell);
    if (typeof w !== "number") this.issues.add(this.pos(r, "weight"), "weight_field", { reason: "bad_weight", weight: shown(cell) });
    const firstRow = step.weightRows.get(field);
    if (firstRow !== undefined) {
      this.issues.add(this.pos(r, "weight"), "duplicate_weight", {
        field: this.grid.text(r, this.col("field")) ?? field,
        from: step.from,
        to: step.to,
        first: addressOf(this.pos(firstRow, "weight")),
      });
      return;
    }
    step.weights.set(field, typeof w === "number" ? w : NaN);
    step.weightRows.set(field, r);
  }

  /** The criterion of a row (unknown operators kept as typed; unreadable values reported). */
  private criterionAt(r: number, field: string, window?: WindowSpec): Criterion {
    const opText = this.grid.text(r, this.col("op")) ?? "";
    const op = parseOp(opText);
    const cell = this.grid.cell(r, this.col("value"));
    let value: Criterion["value"] = shown(cell);
    if (field !== "") {
      const parsed = parseValue(cell, field, op, window);
      if (parsed.ok) value = parsed.value;
      else {
        this.issues.add(this.pos(r, "value"), "bad_value", {
          field: this.grid.text(r, this.col("field")) ?? field,
          value: shown(cell),
          expected: parsed.expected,
          want: valueExpectation(field, op, window),
        });
      }
    }
    return { field, op: op ?? (opText as Op), value, ...(window ? { window } : {}) };
  }

  private readCriterion(step: StepDraft, r: number, field: string, window?: WindowSpec): void {
    const criterion = this.criterionAt(r, field, window);
    const { id, label } = parsePath(this.grid.text(r, this.col("path")), this.locale);
    let path = step.paths.get(id);
    if (!path) {
      path = { id, label, rows: [] };
      step.paths.set(id, path);
    }
    path.rows.push({ criterion, row: r });
  }

  /**
   * A blocker row (路径 否决): 从/到 name levels, or every level when `*`, 全部, All or empty;
   * 说明 is the reason shown in gaps.
   */
  private readBlocker(r: number): void {
    const scope = (k: RuleColumn): string | undefined => {
      const t = this.grid.text(r, this.col(k));
      return t === null || isAllLevels(t) ? undefined : t;
    };
    const windowed = this.windowOf(r);
    const field = windowed ? windowed.field : this.fieldOf(r);
    if (field === "" && !windowed) this.issues.add(this.pos(r, "field"), "unknown_field", { value: "" });
    const label = this.grid.text(r, this.col("note")) ?? undefined;
    const from = scope("from");
    const to = scope("to");
    const rule: BlockerRule = {
      criterion: this.criterionAt(r, field, windowed?.window),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(label === undefined ? {} : { label }),
    };
    this.blockers.push({ rule, row: r });
  }

  /** The blockers in sheet order, with their cells registered in `src`. */
  blockerRules(src: SourceMap): BlockerRule[] {
    return this.blockers.map(({ rule, row }, b) => {
      const at = ["blockers", b];
      src.set(at, this.pos(row, "path"));
      src.set([...at, "from"], this.pos(row, "from"));
      src.set([...at, "to"], this.pos(row, "to"));
      src.set([...at, "criterion"], this.pos(row, "field"));
      src.set([...at, "criterion", "field"], this.pos(row, "field"));
      src.set([...at, "criterion", "window"], this.pos(row, "field"));
      src.set([...at, "criterion", "op"], this.pos(row, "op"));
      src.set([...at, "criterion", "value"], this.pos(row, "value"));
      return rule;
    });
  }

  /** Reads one row into its step: a criterion, a weight, or both. */
  readRow(r: number): void {
    if (DATA_COLUMNS.every((k) => this.grid.blank(r, this.col(k)))) return;
    if (isBlockerPath(this.grid.text(r, this.col("path")))) return this.readBlocker(r);
    const step = this.stepOf(r);
    if (!step) return;
    this.readVacancy(step, r);
    if (CONTENT_COLUMNS.every((k) => this.grid.blank(r, this.col(k)))) return; // the row only names its step
    const windowed = this.windowOf(r);
    const field = windowed ? windowed.field : this.fieldOf(r);
    const hasWeight = !this.grid.blank(r, this.col("weight"));
    if (hasWeight && windowed) this.issues.add(this.pos(r, "weight"), "weight_field", { field: this.grid.text(r, this.col("field")) ?? field, reason: "not_score_field" });
    else if (hasWeight) this.readWeight(step, r, field);
    const hasCriterion = !this.grid.blank(r, this.col("op")) || !this.grid.blank(r, this.col("value"));
    if (hasCriterion || !hasWeight) this.readCriterion(step, r, field, windowed?.window);
  }

  /** The steps in order of first appearance, with their cells registered in `src`. */
  result(src: SourceMap): Step[] {
    return [...this.steps.values()].map((d, s) => {
      src.set(["steps", s], this.pos(d.row, "to"));
      src.set(["steps", s, "from"], this.pos(d.row, "from"));
      src.set(["steps", s, "to"], this.pos(d.row, "to"));
      src.set(["steps", s, "paths"], this.pos(d.row, "field"));
      const [firstWeight] = d.weightRows.values();
      if (firstWeight !== undefined) src.set(["steps", s, "score", "weights"], this.pos(firstWeight, "weight"));
      for (const [field, row] of d.weightRows) {
        src.set(["steps", s, "score", "weights", field], this.pos(row, "field"));
        src.set(["steps", s, "score", "weights", field, "$weight"], this.pos(row, "weight"));
      }
      const paths: Path[] = [...d.paths.values()].map((p, k) => {
        p.rows.forEach(({ row }, m) => {
          const at = ["steps", s, "paths", k, "criteria", m];
          src.set(at, this.pos(row, "field"));
          src.set([...at, "field"], this.pos(row, "field"));
          src.set([...at, "op"], this.pos(row, "op"));
          src.set([...at, "value"], this.pos(row, "value"));
        });
        return { id: p.id, label: p.label, criteria: p.rows.map((x) => x.criterion) };
      });
      return {
        from: d.from,
        to: d.to,
        ...(d.vacancy?.value === true ? { vacancy: true } : {}),
        ...(d.weights.size > 0 ? { score: { weights: Object.fromEntries(d.weights) } } : {}),
        paths,
      };
    });
  }

  /** Cells of each step's weights, for the weights-sum message. */
  weightCells(): string[][] {
    return [...this.steps.values()].map((d) => [...d.weightRows.values()].map((row) => addressOf(this.pos(row, "weight"))));
  }
}

/** What the 规则 sheet gives: the steps and, per step, the addresses of its weight cells. */
export interface RulesRead {
  readonly steps: Step[];
  readonly weightCells: string[][];
  /** The blocker rows (路径 否决), in sheet order. */
  readonly blockers: BlockerRule[];
}

/**
 * Reads the steps. Reports missing columns (then nothing else), rows with only one of 从/到,
 * unknown fields, unreadable values and weights, repeated weights and 空缺 cells that disagree
 * within a step. Operators are kept as typed when unknown (validation reports them).
 * @returns null when a required column is missing
 */
export function readRules(grid: Grid, issues: IssueList, src: SourceMap, locale: Locale): RulesRead | null {
  const header = findHeaderRow(grid, ruleColumnOf, REQUIRED);
  const missing = REQUIRED.filter((k) => !header.cols.has(k));
  if (missing.length > 0) {
    for (const k of missing) issues.add(grid.pos(header.row, RULE_COLUMNS.indexOf(k)), "missing_column", { sheet: grid.name, column: ruleColumnLabel(k, locale) });
    return null;
  }
  const reader = new RulesReader(grid, header.cols, issues, locale);
  for (let r = header.row + 1; r < grid.rowCount; r++) reader.readRow(r);
  return { steps: reader.result(src), weightCells: reader.weightCells(), blockers: reader.blockerRules(src) };
}
