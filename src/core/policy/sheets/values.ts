/**
 * Criterion values in the 值 column: read by the field's type (a percent as `95%`, a 是/否 flag,
 * an education name, a list for `in`) and written back in the same form.
 */
import { percentCell, type Cell } from "../../model/cell";
import { fieldDef } from "../../model/fields";
import { OPERATORS } from "../../model/operators";
import { AS_OF, type CriterionValue, type Op, type WindowSpec } from "../../model/policy";
import type { Locale } from "../../i18n/locale";
import { coreMessages } from "../../i18n/messages";
import { EDUCATION_LEVELS, educationOrdinal } from "../../read/education";
import { readCount, readNumber, readScore, readYears } from "../../read/number";
import { readPercent } from "../../read/percent";
import { readText } from "../../read/text";
import { asOfText, flagText, isAsOfWord, parseFlag } from "./vocabulary";
import { must } from "../../util/must";

/** What a value cell should hold, named in messages (`number`, `percent`, `boolean`...). */
export type ValueExpectation = "empty" | "number" | "score" | "percent" | "count" | "years" | "boolean" | "education" | "text" | "as_of" | "months" | "range";

/** A value cell read: the value, or what was expected instead. */
export type ParsedValue = { readonly ok: true; readonly value: CriterionValue } | { readonly ok: false; readonly expected: ValueExpectation };

/** Separators of a list (aliases, `in` values, a range's bounds): 、 , ; and line breaks (full-width folded). */
export const LIST_SEPARATORS = /[、,，;；\n]/;

/** Separators of a range's two bounds besides the list separators: `80~90`, `80～90`, `80 至 90`, `80 到 90`. */
const RANGE_SEPARATORS = /[、,，;；\n~～]|至|到/;

/** How values of a field are read; custom columns (no definition) are `custom`. */
function kindOf(field: string): ValueExpectation | "custom" {
  const type = fieldDef(field)?.type;
  switch (type) {
    case undefined:
      return "custom";
    case "years":
    case "score":
    case "percent":
    case "count":
    case "boolean":
    case "education":
      return type;
    case "date":
      return "number";
    default:
      return "text";
  }
}

function numberOf(reader: (c: Cell) => unknown, cell: Cell, expected: ValueExpectation): ParsedValue {
  const v = reader(cell);
  return typeof v === "number" ? { ok: true, value: v } : { ok: false, expected };
}

/** A custom column's value: a number when it reads as one, else a 是/否 flag, else text. */
function customValue(cell: Cell): ParsedValue {
  const n = readNumber(cell);
  if (typeof n === "number") return { ok: true, value: n };
  const flag = parseFlag(cell);
  if (typeof flag === "boolean") return { ok: true, value: flag };
  const t = readText(cell);
  return typeof t === "string" ? { ok: true, value: t } : { ok: false, expected: "text" };
}

function scalar(cell: Cell, field: string): ParsedValue {
  const kind = kindOf(field);
  switch (kind) {
    case "years":
      return numberOf(readYears, cell, kind);
    case "score":
      return numberOf(readScore, cell, kind);
    case "count":
      return numberOf(readCount, cell, kind);
    case "percent":
      return numberOf(readPercent, cell, kind);
    case "number":
      return numberOf(readNumber, cell, kind);
    case "boolean": {
      const flag = parseFlag(cell);
      return typeof flag === "boolean" ? { ok: true, value: flag } : { ok: false, expected: kind };
    }
    case "education": {
      const ordinal = typeof cell === "string" ? educationOrdinal(cell) : null;
      return ordinal === null ? { ok: false, expected: kind } : { ok: true, value: must(EDUCATION_LEVELS[ordinal], `education level ${ordinal}`) };
    }
    case "custom":
      return customValue(cell);
    default: {
      const t = readText(cell);
      return typeof t === "string" ? { ok: true, value: t } : { ok: false, expected: "text" };
    }
  }
}

function list(cell: Cell, field: string): ParsedValue {
  const items = typeof cell === "string" ? cell.split(LIST_SEPARATORS).map((s) => s.trim()).filter((s) => s !== "") : [cell];
  const numeric = ["years", "score", "count", "percent", "number"].includes(kindOf(field));
  const out: (string | number)[] = [];
  for (const item of items) {
    if (numeric) {
      const v = scalar(item, field);
      if (!v.ok || typeof v.value !== "number") return { ok: false, expected: kindOf(field) as ValueExpectation };
      out.push(v.value);
    } else {
      const t = readText(item);
      if (typeof t !== "string") return { ok: false, expected: "text" };
      out.push(t);
    }
  }
  return out.length === 0 ? { ok: false, expected: "empty" } : { ok: true, value: out };
}

/** Two numbers, low then high, for a range operator (`between`): `80、90`, `80~90`, `90%~95%`, `1 到 3年`. */
function range(cell: Cell, field: string): ParsedValue {
  const items = typeof cell === "string" ? cell.split(RANGE_SEPARATORS).map((s) => s.trim()).filter((s) => s !== "") : [];
  const pair = items.map((item) => scalar(item, field)).flatMap((v) => (v.ok && typeof v.value === "number" ? [v.value] : []));
  const [lo, hi] = pair;
  const ok = items.length === 2 && pair.length === 2 && lo !== undefined && hi !== undefined && lo <= hi;
  return ok ? { ok: true, value: pair } : { ok: false, expected: "range" };
}

/** A not_within period: `12`, `12个月`, `12月`, `12 months`, `1年` (12 months); a whole number of months, else null. */
function monthsOf(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const m = /^(\d+)\s*(个月|月|months?|mo|年|years?)?$/iu.exec(cell.normalize("NFKC").trim());
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] !== undefined && /^(年|years?)$/iu.test(m[2]) ? n * 12 : n;
}

/** A date field's value: the review date for `<=` / `>=`, months for not_within, else the text as typed. */
function dateValue(cell: Cell, op: Op | null): ParsedValue {
  const use = op === null ? null : OPERATORS[op].dateUse;
  if (use === "months") {
    const months = monthsOf(cell);
    return months === null ? { ok: false, expected: "months" } : { ok: true, value: months };
  }
  if (use === "from" || use === "until") return typeof cell === "string" && isAsOfWord(cell) ? { ok: true, value: AS_OF } : { ok: false, expected: "as_of" };
  // Any other operator is wrong on a date (validation says so on the 运算 cell): keep the value as typed.
  const t = readText(cell);
  return typeof t === "string" ? { ok: true, value: t } : { ok: false, expected: "as_of" };
}

/**
 * Reads a 值 cell for a criterion on `field` with `op`: numbers for years, scores and counts
 * (`85分`, `3年` accepted), fractions for percents (`95%`, a percent-formatted cell, 0.95 or 95),
 * true/false for 是/否 fields, a canonical education name (本科...), a list for `in`
 * (`A、B`, `A, B`), and for a custom column a number, a flag or text. On a date field: 评审日
 * (`as_of`) for `<=` / `>=`, a number of months for not_within. A window's count of months
 * (近6月达标月数) is a count.
 */
export function parseValue(cell: Cell, field: string, op: Op | null, window?: WindowSpec): ParsedValue {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) return { ok: false, expected: "empty" };
  if (window?.agg === "count_at_least") return numberOf(readCount, cell, "count");
  const dated = !window && fieldDef(field)?.type === "date" ? dateValue(cell, op) : null;
  if (dated) return dated;
  const operand = op === null ? "scalar" : OPERATORS[op].operand;
  return operand === "list" ? list(cell, field) : operand === "range" ? range(cell, field) : scalar(cell, field);
}

/**
 * The 值 cell for a criterion value: percents as percent cells, flags as 是/否, lists joined
 * with 、, the review date as 评审日; a window's count of months as a number.
 */
export function valueCell(value: CriterionValue, field: string, locale: Locale, window?: WindowSpec): Cell {
  if (window?.agg === "count_at_least") return value as number;
  if (value === AS_OF && fieldDef(field)?.type === "date") return asOfText(locale);
  if (Array.isArray(value)) return value.map(String).join(coreMessages(locale).listSep);
  if (typeof value === "boolean") return flagText(value, locale);
  if (typeof value === "number" && kindOf(field) === "percent") return percentCell(value);
  return value as string | number;
}

/** What a criterion on `field` with `op` needs in its 值 cell, for messages. */
export function valueExpectation(field: string, op: Op | null, window?: WindowSpec): string {
  if (window?.agg === "count_at_least") return "count";
  const operand = op === null ? "scalar" : OPERATORS[op].operand;
  if (!window && fieldDef(field)?.type === "date") return operand === "months" ? "months" : "as_of";
  if (operand === "list") return "array";
  if (operand === "range") return "range";
  const kind = kindOf(field);
  return kind === "custom" ? "empty" : kind;
}
