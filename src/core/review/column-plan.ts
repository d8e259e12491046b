import type { Cell } from "../model/cell";
import type { FactValue } from "../model/facts";
import { CANONICAL_SLOT } from "../model/facts";
import { fieldDef, type FieldType } from "../model/fields";
import type { ColumnMapping } from "../model/review";
import type { CompiledPolicy } from "../evaluate/compile";
import { readBoolean } from "../read/boolean";
import { columnLetters } from "../read/columns";
import { readDate } from "../read/date";
import { readEducation } from "../read/education";
import type { HeaderMatch } from "../read/headers";
import { readCount, readNumber, readScore, readYears } from "../read/number";
import { percentWithin, readPercent } from "../read/percent";
import { foldText, readText } from "../read/text";
import { must } from "../util/must";

/** A cell reader: the cell's value as the evaluator needs it, null when empty, or a failure. */
export type CellReader = (cell: Cell) => FactValue;

/**
 * A shortcut for the cells most rosters hold (numbers from Excel, plain text), taken before the
 * reader and giving exactly its result: `range` numbers within [min, max] are themselves (a
 * percent column's numbers within [0, 1] are its fractions), `date` serials after the 1900 leap-year bug are
 * day numbers, `text` strings are trimmed, `boolean` cells that are booleans or listed tokens are
 * 1 / 0. Any other cell goes to the reader (see `RowReader`).
 */
export type FastPath =
  | { readonly kind: "range"; readonly min: number; readonly max: number }
  | { readonly kind: "date" }
  | { readonly kind: "text" }
  | { readonly kind: "boolean" }
  | null;

const READERS: Readonly<Record<FieldType, CellReader>> = {
  text: readText,
  level: readText,
  date: readDate,
  years: readYears,
  score: readScore,
  education: readEducation,
  boolean: readBoolean,
  percent: readPercent,
  count: readCount,
};

/** Fast paths per field type (see {@link FastPath}); each gives exactly its reader's result. */
const FAST: Readonly<Record<FieldType, FastPath>> = {
  text: { kind: "text" },
  level: { kind: "text" },
  date: { kind: "date" },
  years: { kind: "range", min: 0, max: Number.MAX_VALUE },
  score: { kind: "range", min: 0, max: 100 },
  education: null,
  boolean: { kind: "boolean" },
  percent: { kind: "range", min: 0, max: 1 },
  count: { kind: "range", min: 0, max: Number.MAX_VALUE },
};

const CUSTOM_FAST: Readonly<Record<"number" | "boolean" | "text", FastPath>> = {
  number: { kind: "range", min: -Number.MAX_VALUE, max: Number.MAX_VALUE },
  boolean: { kind: "boolean" },
  text: { kind: "text" },
};

const CUSTOM_READERS: Readonly<Record<"number" | "boolean" | "text", CellReader>> = {
  number: readNumber,
  boolean: readBoolean,
  text: readText,
};

/**
 * The reader of a canonical field's cells: its type's, bounded by the field's plausible maximum
 * when it has one (a percent field; the fast path's [0, 1] stays exact, every limit being >= 1).
 */
export function readerFor(type: FieldType, max: number | undefined): CellReader {
  return type === "percent" && max !== undefined ? percentWithin(max) : READERS[type];
}

/** One column to read: where it is, which slot it fills and how it is read. */
export interface PlannedColumn {
  /** Index into each row array. */
  readonly index: number;
  readonly header: string;
  readonly field: string;
  readonly slot: number;
  readonly read: CellReader;
  readonly fast: FastPath;
}

/** Columns to read for a roster under a policy, plus what the UI shows as the mapping. */
export interface ColumnPlan {
  readonly columns: readonly PlannedColumn[];
  readonly mapping: readonly ColumnMapping[];
  /** Index into the row array of the id / name / dept / level columns (-1 when absent). */
  readonly idIndex: number;
  readonly nameIndex: number;
  readonly deptIndex: number;
  readonly levelIndex: number;
  /** Derive `training` from attendance + exams (catalogue §1, §6). */
  readonly deriveTraining: boolean;
}

/**
 * Plans which columns are read: every mapped canonical column (so that any unreadable cell is
 * reported, catalogue §6) and every custom column the policy uses by header text.
 */
export function planColumns(match: HeaderMatch, compiled: CompiledPolicy, firstColumn: number): ColumnPlan {
  const columns: PlannedColumn[] = [];
  const mapping: ColumnMapping[] = [];
  const customByHeader = new Map<string, string>();
  for (const key of compiled.customSlots.keys()) customByHeader.set(foldText(key), key);
  const present = new Set<string>();
  match.headers.forEach((header, index) => {
    const field = match.fields[index] ?? null;
    mapping.push({ index: firstColumn + index, column: columnLetters(firstColumn + index), header, field });
    if (field) {
      const def = fieldDef(field);
      // Each slot is filled by one column: the leftmost, as for headers (a user's mapping may name a field twice).
      if (!def || present.has(field)) return;
      present.add(field);
      columns.push({ index, header, field, slot: must(CANONICAL_SLOT.get(field), `slot of ${field}`), read: readerFor(def.type, def.max), fast: FAST[def.type] });
      return;
    }
    const custom = header ? customByHeader.get(foldText(header)) : undefined;
    if (custom !== undefined && !present.has(custom)) {
      present.add(custom);
      const type = compiled.customTypes.get(custom) ?? "text";
      columns.push({ index, header, field: custom, slot: must(compiled.customSlots.get(custom), `slot of ${custom}`), read: CUSTOM_READERS[type], fast: CUSTOM_FAST[type] });
    }
  });
  const indexOf = (key: string): number => columns.find((c) => c.field === key)?.index ?? -1;
  return {
    columns,
    mapping,
    idIndex: indexOf("id"),
    nameIndex: indexOf("name"),
    deptIndex: indexOf("dept"),
    levelIndex: indexOf("level"),
    deriveTraining: !present.has("training") && present.has("attendance") && present.has("mid_exam") && present.has("final_exam"),
  };
}
