/**
 * A review's rows read and evaluated by a JavaScript function generated for one policy and one
 * roster layout, as schema validators such as ajv compile schemas: the column indexes, read
 * shortcuts, thresholds and paths become straight-line code with no dispatch per cell or
 * criterion, two to three times faster than the interpreter (`RowReader` + `evaluateRows`) it
 * must agree with exactly (test/core/row-program.test.ts; test/oracle runs both).
 *
 * Only numbers the generator computed itself go into the code (column indexes, bounds,
 * thresholds, bit masks, level indexes): no text from the roster or the policy. The generated
 * function handles the rows it can decide alone: every cell on its shortcut (or empty), no row
 * error, and a level whose criteria are comparisons, the composite score, time in level or
 * tenure, years of experience or an education rank. Every other row is left to the interpreter
 * (`pending`), whose results it matches. Where the host forbids generating code (a
 * Content-Security-Policy without 'unsafe-eval', as the add-in's), there is no program and the
 * interpreter does everything.
 */
import { slotOf } from "../model/facts";
import { OPERATORS } from "../model/operators";
import { edate, EXCEL_EPOCH, LAST_SERIAL, latestStart } from "../evaluate/calendar";
import type { CompiledCriterion, CompiledPath, CompiledPolicy, CompiledStep } from "../evaluate/compile";
import { MODE_PLAIN, MODE_SCORE, MODE_TIME, statusCode, type ResultTable } from "../evaluate/evaluate-table";
import { exactBooleanToken } from "../read/boolean";
import type { ColumnPlan } from "./column-plan";
import { isBlankRow, type RowReader } from "./read-rows";
import { must } from "../util/must";

/** What a program reads and writes for one review. */
export interface ProgramContext {
  readonly reader: RowReader;
  readonly table: ResultTable;
  readonly skip: Uint8Array;
  readonly level: Int32Array;
  readonly hasErrors: Uint8Array;
  readonly asOf: number;
  /** Receives the rows left to the interpreter. */
  readonly pending: Int32Array;
}

/**
 * Reads and evaluates data rows [from, to) of `rows` (data row 0 at `rows[at]`); returns how
 * many rows it left in `context.pending` for the interpreter to evaluate, read and with their
 * numbers stored.
 */
export type RowProgram = (rows: ReadonlyArray<ReadonlyArray<unknown> | undefined>, at: number, from: number, to: number, context: ProgramContext) => number;

const HIRE = slotOf("hire_date");
const LEVEL_SINCE = slotOf("level_date");
const TRAINING = slotOf("training");
const EXPERIENCE = slotOf("experience");

/** A finite number as a JavaScript literal that reads back as the same double. */
function lit(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  return Object.is(x, -0) ? "-0" : String(x);
}

/** True when a character code is surely not white space (as `RowReader`). */
const VISIBLE = (v: string): string => `((${v} > 32 && ${v} < 127) || (${v} >= 19968 && ${v} <= 40959))`;

/** How the program reads planned column k: its numeric variable, or null for text and general columns. */
interface ColumnCode {
  readonly code: string;
  /** Variable holding the value (numeric columns), null otherwise. */
  readonly value: string | null;
  /** True when the program writes the column itself (`c<k>`). */
  readonly writes: boolean;
}

/**
 * The code reading planned column k into v<k>. Eager: a cell off the shortcut goes to the reader
 * (`slow`: the row is left to the interpreter) and numbers are stored in c<k>. Lazy: nothing is
 * stored, and a row with a cell off the shortcut is read by the interpreter's reader instead.
 */
function columnCode(plan: ColumnPlan, k: number, key: boolean, lazy: boolean): ColumnCode {
  const col = must(plan.columns[k], `planned column ${k}`);
  const fast = col.fast;
  const v = `v${k}`;
  const cell = `let ${v} = x[${col.index}];\n`;
  // Read there and then by the interpreter's reader, so that key cells are resolved in row order.
  const unread = `{ reader.read(rows, rowAt, r, r + 1, skip); pending[np++] = r; continue; }`;
  const store = (value: string): string => (lazy ? "" : ` c${k}[r] = ${value};`);
  const offPath = lazy
    ? `if (${v} === null || ${v} === undefined) ${v} = NaN; else ${unread}`
    : `c${k}[r] = NaN; if (${v} !== null && ${v} !== undefined) { slow = 1; reader.general(${k}, r, ${v}); } ${v} = NaN;`;
  // Read by the reader alone (education): its number, when it gives one, is read back from the store.
  if (fast === null) return { code: `reader.general(${k}, r, x[${col.index}]); const ${v} = reader.numberAt(${k}, r);\n`, value: v, writes: false };
  switch (fast.kind) {
    case "range":
      return {
        code: `${cell}if (typeof ${v} === "number" && ${v} >= ${lit(fast.min)} && ${v} <= ${lit(fast.max)}) { ${v} = ${v} + 0;${store(v)} } else { ${offPath} }\n`,
        value: v,
        writes: !lazy,
      };
    case "date":
      return {
        code: `${cell}if (typeof ${v} === "number" && ${v} >= 61 && ${v} < ${LAST_SERIAL + 1}) { ${v} = ${EXCEL_EPOCH} + Math.floor(${v});${store(v)} } else { ${offPath} }\n`,
        value: v,
        writes: !lazy,
      };
    case "boolean":
      // An empty yes/no cell reads as no (readBoolean).
      return {
        code:
          `${cell}if (${v} === null || ${v} === undefined) { ${v} = 0;${store("0")} } else {\n` +
          `  const b = typeof ${v} === "string" ? token(${v}) : typeof ${v} === "boolean" ? ${v} : undefined;\n` +
          `  if (b !== undefined) { ${v} = b ? 1 : 0;${store(v)} } else ${lazy ? unread : `{ c${k}[r] = NaN; slow = 1; reader.general(${k}, r, ${v}); ${v} = NaN; }`}\n}\n`,
        value: v,
        writes: !lazy,
      };
    case "text": {
      const a = `a${k}`;
      const z = `z${k}`;
      // A key column (工号, 部门, 职级) keeps its text in t<k> for the key checks.
      const t = key ? `t${k} = ` : "";
      const other = lazy ? unread : `{ slow = 1; reader.general(${k}, r, ${v}); ${key ? `${t}reader.storedText(${k}, r);` : ""} }`;
      return {
        code:
          (key ? `let t${k} = "";\n` : "") +
          `${cell}if (typeof ${v} === "string") { const ${a} = ${v}.charCodeAt(0), ${z} = ${v}.charCodeAt(${v}.length - 1);\n` +
          `  if (copy || !${VISIBLE(a)} || !${VISIBLE(z)}) { reader.text(${k}, r, ${v}); ${key ? `t${k} = reader.storedText(${k}, r);` : ""} }${key ? ` else t${k} = ${v};` : ""} }\n` +
          `else if (${v} !== null && ${v} !== undefined) ${other}\n`,
        value: null,
        writes: false,
      };
    }
  }
}

/** The value expression of a slot in the generated code: the variable of the last column filling it, or NaN. */
type SlotValues = ReadonlyMap<number, string>;

/** True when a criterion compares a number by its operator's interval (both bounds known). */
const comparesNumber = (c: CompiledCriterion): boolean => !Number.isNaN(c.lo) && !Number.isNaN(c.hi);

/** `lo <= v && v <= hi` for the criterion's interval, an infinite side left out (never an empty test). */
function inInterval(v: string, c: CompiledCriterion): string {
  const sides = [c.lo === -Infinity ? "" : `${v} >= ${lit(c.lo)}`, c.hi === Infinity ? "" : `${v} <= ${lit(c.hi)}`].filter((t) => t !== "");
  return sides.length === 0 ? "true" : sides.join(" && ");
}

function plainCode(c: CompiledCriterion, bit: number, values: SlotValues): string {
  const v = values.get(c.slot);
  if (v === undefined) return `u |= ${bit}; m |= ${bit}; f &= ~2;\n`;
  return `if (${v} !== ${v}) { u |= ${bit}; m |= ${bit}; f &= ~2; } else if (!(${inInterval(v, c)})) { u |= ${bit}; f &= ~2; }\n`;
}

function scoreCriterionCode(c: CompiledCriterion, bit: number): string {
  return `if (ss !== 0) { u |= ${bit}; m |= ${bit}; f &= ~2; } else if (!(${inInterval("sc", c)})) { u |= ${bit}; f &= ~2; }\n`;
}

/**
 * Time in level or tenure: met when EDATE(start, months) is not after the review date, that is
 * when the start is not after `latest<months>` (see `latestStart`); the start is kept in `s<j>`
 * for the ready date.
 */
function timeCode(c: CompiledCriterion, j: number, values: SlotValues): string {
  const bit = 2 ** j;
  const since = c.field === "years_in_level" ? values.get(LEVEL_SINCE) : undefined;
  const hire = values.get(HIRE) ?? "NaN";
  const start = since !== undefined ? `(${since} === ${since} ? ${since} : ${hire})` : hire;
  return (
    `f |= 1; { const st = ${start};\n` +
    `if (st !== st) { u |= ${bit}; m |= ${bit}; f &= ~4; } else { s${j} = st; if (!(st <= ${latestName(c.months)})) u |= ${bit}; } }\n`
  );
}

/**
 * Slots whose values the program knows: those a numeric column fills by its shortcut (`values`)
 * and those nothing fills (always empty).
 */
interface Known {
  readonly values: SlotValues;
  /** Slots something fills: any planned column, the derived training result, a window. */
  readonly filled: ReadonlySet<number>;
}

const knows = (known: Known, slot: number): boolean => known.values.has(slot) || !known.filled.has(slot);

/** An education level compared by its rank (`>= 本科`), as the interpreter's `numberOutcome` does. */
const rankCompare = (c: CompiledCriterion): boolean => c.kind === "education" && c.accepted === null && comparesNumber(c);
/** Years of experience: the typed years when given, else time since the hire date. */
const experience = (c: CompiledCriterion): boolean => c.kind === "time" && c.field === "experience" && OPERATORS[c.op].reaches;

/** True when the program can evaluate a criterion alone. */
function compilable(c: CompiledCriterion, known: Known): boolean {
  if (c.mode === MODE_PLAIN || rankCompare(c)) return comparesNumber(c) && knows(known, c.slot);
  if (c.mode === MODE_SCORE) return comparesNumber(c);
  if (experience(c) && !comparesNumber(c)) return false;
  if (experience(c)) return Number.isSafeInteger(c.months) && knows(known, EXPERIENCE) && knows(known, HIRE);
  return c.mode === MODE_TIME && Number.isSafeInteger(c.months) && (c.field === "years_in_level" || c.field === "tenure") && knows(known, HIRE) && knows(known, LEVEL_SINCE);
}

function experienceCode(c: CompiledCriterion, j: number, values: SlotValues): string {
  const typed = values.get(EXPERIENCE) ?? "NaN";
  return `if (${typed} === ${typed}) { if (!(${inInterval(typed, c)})) { u |= ${2 ** j}; f &= ~2; } }\nelse {\n${timeCode(c, j, values)}}\n`;
}

/** The time criteria of a path (index in the path, months). */
const timesOf = (path: CompiledPath): [number, number][] =>
  path.criteria.flatMap((c, j): [number, number][] => (c.mode === MODE_TIME || experience(c) ? [[j, c.months]] : []));

/**
 * A path's outcome into u (unmet bits), m (missing bits), f (flags) and rd: the ready day, the
 * latest EDATE of its time criteria when only time is missing (f = 7), else NaN.
 */
function pathCode(path: CompiledPath, values: SlotValues): string {
  const times = timesOf(path);
  let code = `u = 0; m = 0; f = 6;${times.map(([j]) => ` let s${j} = NaN;`).join("")}\n`;
  path.criteria.forEach((c, j) => {
    const bit = 2 ** j;
    code +=
      c.mode === MODE_PLAIN || rankCompare(c)
        ? plainCode(c, bit, values)
        : c.mode === MODE_SCORE
          ? scoreCriterionCode(c, bit)
          : experience(c)
            ? experienceCode(c, j, values)
            : timeCode(c, j, values);
  });
  code += "rd = NaN;\n";
  if (times.length > 0) {
    code += "if (f === 7) { rd = -Infinity;";
    for (const [j, months] of times) code += ` if (s${j} === s${j}) { const d = edate(s${j}, ${months}); if (d > rd) rd = d; }`;
    code += " if (rd === -Infinity) rd = NaN; }\n";
  }
  return code;
}

function stepCode(step: CompiledStep, k: number, values: SlotValues): string {
  let code = `at = rw + ${k};\n`;
  if (step.weights) {
    const parts = step.weights.map(([slot, w]) => [values.get(slot) ?? "NaN", w] as const);
    code += "sc = 0;\n";
    // Summed in weight order, as the interpreter does.
    for (const [v, w] of parts) code += `sc += ${v} * ${lit(w)};\n`;
    const anyMissing = parts.map(([v]) => `${v} !== ${v}`).join(" || ");
    code += `if (${anyMissing}) { ss = 1; score[at] = NaN; } else { ss = 0; sc = Math.round(sc * 1e6) / 1e6; score[at] = sc; }\nscoreState[at] = ss;\n`;
  } else {
    code += "ss = 3; sc = NaN; score[at] = NaN; scoreState[at] = 3;\n";
  }
  const record = (p: number): string =>
    `ok = u === 0;\n` +
    (p === 0 ? "" : "if (ok) {\n") +
    `unmet[at] = u; missing[at] = m; error[at] = 0; ready[at] = rd;\n` +
    (p === 0 ? "" : "}\n") +
    `if (ok) { metPath[at] = ${p}; ${step.vacancy ? "vac = 1;" : "met = 1;"} }\n`;
  let inner = "";
  for (let p = step.paths.length - 1; p >= 0; p--) {
    const body = `{\n${pathCode(must(step.paths[p], `path ${p}`), values)}${record(p)}}\n`;
    inner = p === step.paths.length - 1 ? body : body + `if (!ok) {\n${inner}}\n`;
  }
  return code + inner;
}

function levelCode(compiled: CompiledPolicy, lv: number, known: Known): string | null {
  const steps = must(compiled.stepsFrom[lv], `steps from level ${lv}`);
  const all = steps.flatMap((s) => s.paths.flatMap((p) => p.criteria));
  if (!all.every((c) => compilable(c, known))) return null;
  if (!steps.every((s) => (s.weights ?? []).every(([slot, w]) => Number.isFinite(w) && knows(known, slot)))) return null;
  const values = known.values;
  if (steps.length === 0) return `status[r] = ${statusCode("top")}; allowance[r] = 0;\n`;
  let code = "met = 0; vac = 0;\n";
  steps.forEach((step, k) => (code += stepCode(step, k, values)));
  const level = must(compiled.levels[lv], `level ${lv}`);
  const allowance = level.reserve ? level.allowance ?? 0 : 0;
  if (!Number.isFinite(allowance)) return null;
  code +=
    `if (met === 1) { status[r] = ${statusCode("eligible")}; allowance[r] = 0; }\n` +
    `else if (vac === 1) { status[r] = ${statusCode("awaiting_vacancy")}; allowance[r] = ${lit(allowance)}; }\n` +
    `else { status[r] = ${statusCode("not_eligible")}; allowance[r] = 0; }\n`;
  return code;
}

/** The variable holding `latestStart(asOf, months)` (months may be negative). */
const latestName = (months: number): string => `latest${months < 0 ? `_${-months}` : months}`;

/** Every number of months a time criterion of the policy counts. */
function monthsUsed(compiled: CompiledPolicy): number[] {
  const all = compiled.stepsFrom.flatMap((steps) => steps.flatMap((s) => s.paths.flatMap((p) => timesOf(p).map(([, months]) => months))));
  return [...new Set(all)].filter((m) => Number.isSafeInteger(m));
}

function programSource(compiled: CompiledPolicy, plan: ColumnPlan, width: number, keys: KeyColumns, lazy: boolean): string {
  const isKey = (k: number): boolean => k === keys.id || k === keys.dept || k === keys.level;
  const columns = plan.columns.map((_, k) => columnCode(plan, k, isKey(k), lazy));
  // Lazy: the reader's side effects (stored values, reported cells) only once the row is known to stay.
  const order = plan.columns.map((_, k) => k);
  if (lazy) order.sort((a, b) => Number(plan.columns[a]?.fast === null) - Number(plan.columns[b]?.fast === null) || a - b);
  const leave = lazy ? "reader.storeShortcutRow(x, r); pending[np++] = r;" : "pending[np++] = r;";
  const keyText = (k: number): string => (k >= 0 && plan.columns[k]?.fast?.kind === "text" ? `t${k}` : k >= 0 ? `reader.storedText(${k}, r)` : `""`);
  const values = new Map<number, string>();
  plan.columns.forEach((col, k) => {
    const v = must(columns[k], `code of column ${k}`).value;
    if (v !== null) values.set(col.slot, v);
    else values.delete(col.slot);
  });
  const numeric = columns.map((c, k) => (c.writes ? k : -1)).filter((k) => k >= 0);
  const filled = new Set(plan.columns.map((c) => c.slot));
  if (plan.deriveTraining) filled.add(TRAINING);
  for (const w of compiled.windows) filled.add(w.slot);
  const known: Known = { values, filled };
  const cases = compiled.stepsFrom
    .map((_, lv) => {
      const code = levelCode(compiled, lv, known);
      return code === null ? "" : `case ${lv}: {\n${code}break; }\n`;
    })
    .join("");
  return (
    `"use strict";\nconst { edate, latestStart, isBlankRow, token } = env;\n` +
    `return function rowProgram(rows, rowAt, from, to, context) {\n` +
    `const reader = context.reader, skip = context.skip, level = context.level, hasErrors = context.hasErrors, pending = context.pending, asOf = context.asOf;\n` +
    `const t = context.table, status = t.status, allowance = t.allowance, metPath = t.metPath, unmet = t.unmet, missing = t.missing, error = t.error, ready = t.ready, score = t.score, scoreState = t.scoreState;\n` +
    `const copy = reader.copiesTexts, cols = reader.columns;\n` +
    numeric.map((k) => `const c${k} = cols[${k}];\n`).join("") +
    monthsUsed(compiled).map((months) => `const ${latestName(months)} = latestStart(asOf, ${months});\n`).join("") +
    `let np = 0, u = 0, m = 0, rd = 0, f = 0, sc = 0, ss = 0, at = 0, ok = false, met = 0, vac = 0;\n` +
    `for (let r = from; r < to; r++) {\n` +
    `const x = rows[rowAt + r];\n` +
    `const x0 = x === undefined ? undefined : x[0];\n` +
    `if (!(typeof x0 === "number" || (typeof x0 === "string" && ${VISIBLE("x0.charCodeAt(0)")})) && isBlankRow(x)) {\n` +
    `skip[r] = 1;${numeric.map((k) => ` c${k}[r] = NaN;`).join("")}\ncontinue; }\n` +
    `let slow = 0;\n` +
    order.map((k) => must(columns[k], `code of column ${k}`).code).join("") +
    `reader.resolveKeys(${keyText(keys.id)}, ${keyText(keys.dept)}, ${keyText(keys.level)}, r);\n` +
    `const lv = level[r];\n` +
    `if (slow === 1 || hasErrors[r] === 1 || lv < 0) { ${leave} continue; }\n` +
    `const rw = r * ${width};\n` +
    `switch (lv) {\n${cases}default: ${leave} }\n` +
    `}\nreturn np;\n};\n`
  );
}

const ENV = { edate, latestStart, isBlankRow, token: exactBooleanToken };
/**
 * False once the host is known to forbid generating code. The one deliberate piece of module
 * state in the core, with the program caches below: a fact about the host (its
 * Content-Security-Policy), the same for every review, and memos of pure functions (a source
 * always gives the same program); no review's data passes through them.
 */
// eslint-disable-next-line no-restricted-syntax -- a fact about the host, not review state (see above)
let generationAllowed = true;

/**
 * Tells the core whether the host lets it generate code (`new Function`). The add-in's pages
 * forbid it by their Content-Security-Policy and say so at start, so that no attempt is made
 * (each would be reported as a CSP violation); reviews are then interpreted.
 */
export function allowGeneratedCode(allowed: boolean): void {
  generationAllowed = allowed;
}

/** Programs per compiled policy, by roster layout. */
// eslint-disable-next-line no-restricted-syntax -- a memo of pure functions (see generationAllowed)
const programs = new WeakMap<CompiledPolicy, Map<string, RowProgram>>();
/** Programs by source: a policy compiled again (each `reviewRoster` of a `Policy` does) reuses its optimised code. */
// eslint-disable-next-line no-restricted-syntax -- a memo of pure functions (see generationAllowed)
const bySource = new Map<string, RowProgram>();
const MAX_SOURCES = 64;

/** Positions in the plan of the key columns (see `RowReader.keyColumns`). */
interface KeyColumns {
  readonly id: number;
  readonly dept: number;
  readonly level: number;
}

/** The layout of a plan as a cache key. */
function layoutKey(plan: ColumnPlan): string {
  return plan.columns.map((c) => `${c.index}:${c.slot}:${c.fast === null ? "g" : c.fast.kind === "range" ? `r${c.fast.min},${c.fast.max}` : c.fast.kind}`).join("|");
}

/**
 * The program for a policy and a roster layout, generated on first use and kept with the
 * compiled policy (and by its source, for the same policy compiled again); null where the host
 * does not allow generating code or generating fails (the interpreter then reviews every row).
 * @param width - the result table's targets per row
 */
export function rowProgram(compiled: CompiledPolicy, plan: ColumnPlan, width: number, keys: KeyColumns, lazy: boolean): RowProgram | null {
  if (!generationAllowed) return null;
  let byLayout = programs.get(compiled);
  if (!byLayout) programs.set(compiled, (byLayout = new Map()));
  const key = `${lazy ? "lazy" : "eager"}#${width}#${keys.id},${keys.dept},${keys.level}#${layoutKey(plan)}`;
  const program = byLayout.get(key);
  if (program !== undefined) return program;
  const generated = generate(compiled, plan, width, keys, lazy);
  if (generated !== null) byLayout.set(key, generated);
  return generated;
}

/**
 * Generates a program, or null: where the host forbids it (an EvalError, remembered for every
 * later review), and where generating fails in any other way (a bug here: the review is then
 * interpreted, which gives the same results, rather than failing).
 */
function generate(compiled: CompiledPolicy, plan: ColumnPlan, width: number, keys: KeyColumns, lazy: boolean): RowProgram | null {
  try {
    const source = programSource(compiled, plan, width, keys, lazy);
    let program = bySource.get(source);
    if (program === undefined) {
      program = new Function("env", source)(ENV) as RowProgram;
      const oldest = bySource.keys().next();
      if (bySource.size >= MAX_SOURCES && !oldest.done) bySource.delete(oldest.value);
      bySource.set(source, program);
    }
    return program;
  } catch (error) {
    // A Content-Security-Policy without 'unsafe-eval' forbids it.
    if (error instanceof EvalError) generationAllowed = false;
    return null;
  }
}
