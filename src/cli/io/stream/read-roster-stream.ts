/**
 * Reading an .xlsx roster in one streaming pass: the roster sheet chosen as `pickRosterSheet`
 * chooses it, read into a {@link RosterInput} as `rosterFromWorksheet` reads it; the policy
 * sheets rebuilt in a small workbook for `resolvePolicy`; the sign-offs of the workbook's own
 * results sheet when it is a PromoLadder output; and every sheet the output keeps handed to a
 * copier (the streaming output writer) as it goes by. Memory: the roster's cells, nothing else
 * that grows with the file.
 */
import ExcelJS from "exceljs";
import { findHeaderRow, policySheetKind, type RosterInput } from "../../../core";
import { CliError } from "../errors";
import { isProductSheetName } from "../ownership";
import { assertXlsxFile, damagedWorkbook, noteSourceFile, pickRosterSheet } from "../read-xlsx";
import { CraftedFileError } from "../messages";
import { RosterCollector } from "./roster-collector";
import type { SheetContext, SheetVisitor } from "./sheet-parser";
import { SignOffVisitor } from "./sign-offs";
import { fanOut, rebuildInto } from "./visitors";
import { streamWorkbook, type StreamedSheetInfo } from "./workbook-stream";
import { must } from "../../../core/util/must";

/** Rows the header-row search looks at (as in read-xlsx.ts). */
const HEADER_SEARCH_ROWS = 20;

/** Takes the sheets the roster reader does not consume, for copying them. */
export interface SheetCopier {
  /** A visitor that copies the sheet (called for every sheet but the replaced product sheets). */
  sheet(info: StreamedSheetInfo, ctx: SheetContext): SheetVisitor | null;
}

/** Options of {@link streamRoster}. */
export interface StreamRosterOptions {
  /** The roster sheet's name (`--sheet`), else the first sheet with a header row. */
  readonly sheet?: string;
  /** Gets every sheet to copy as it is read. */
  readonly copier?: SheetCopier;
  /**
   * Given every sheet, the product sheets the output will replace (PromoLadder's own, per the
   * workbook's keywords): they are not copied; sign-offs are read from `review`.
   */
  readonly replace?: (sheets: readonly StreamedSheetInfo[]) => { readonly review?: string; readonly names: readonly string[] };
}

/** What {@link streamRoster} read. */
export interface StreamedRoster {
  readonly input: RosterInput;
  /** Every sheet in tab order. */
  readonly sheets: readonly StreamedSheetInfo[];
  /**
   * A workbook with every sheet's name (in tab order) and the policy sheets' cells, for
   * `resolvePolicy` (`workbookHasPolicy`, `readPolicySheets`).
   */
  readonly policyBook: ExcelJS.Workbook;
  /** Sign-offs in the replaced results sheet (empty when there is none). */
  readonly signOffs: Map<string, string>;
}

/** A workbook with the sheets' names and states only: what `pickRosterSheet` needs for its messages. */
function namesOnly(file: string, sheets: readonly StreamedSheetInfo[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s.name, { state: s.state });
  noteSourceFile(wb, file);
  return wb;
}

/** Tab-order rank as `pickRosterSheet` ranks sheets: visible ones first, then hidden ones. */
function rankOf(info: StreamedSheetInfo, count: number): number {
  return (info.state === "visible" ? 0 : count) + info.index;
}

/** A sheet that may be the roster: its cells, and whether its first 20 rows hold a header row. */
class Candidate {
  readonly full: RosterCollector;
  private preview: RosterCollector | null;
  /** null until the first 20 used rows are in. */
  hasHeader: boolean | null = null;
  done = false;

  constructor(
    readonly info: StreamedSheetInfo,
    readonly rank: number,
    ctx: SheetContext,
    check: boolean,
  ) {
    this.full = new RosterCollector(info.name, ctx);
    this.preview = check ? new RosterCollector(info.name, ctx, HEADER_SEARCH_ROWS) : null;
    if (!check) this.hasHeader = true;
  }

  visitor(onDecided: () => void, onDone: () => void): SheetVisitor {
    return {
      row: (row) => {
        if (this.hasHeader === false) return;
        this.full.add(row);
        if (this.preview) {
          this.preview.add(row);
          if (this.preview.full) this.decide(onDecided);
        }
      },
      tail: (tail) => {
        if (this.preview) {
          this.preview.applyMerges(tail.merges);
          this.decide(onDecided);
        }
        if (this.hasHeader) this.full.applyMerges(tail.merges);
        this.done = true;
        onDone();
      },
    };
  }

  private decide(onDecided: () => void): void {
    if (!this.preview) return;
    this.hasHeader = findHeaderRow(this.preview.result().rows, HEADER_SEARCH_ROWS) !== null;
    this.preview = null;
    onDecided();
  }
}

/** The sheet `--sheet NAME` names: exact, else ignoring case and surrounding spaces (as pickRosterSheet). */
function namedSheet(sheets: readonly StreamedSheetInfo[], name: string): StreamedSheetInfo | undefined {
  const wanted = name.trim().toLowerCase();
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.trim().toLowerCase() === wanted);
}

/**
 * Streams an .xlsx roster (see the module comment).
 * @throws {@link CliError} for a missing, encrypted or damaged file, an unknown `--sheet` and
 *   when no sheet has a header row, with the workbook reader's messages
 */
export async function streamRoster(file: string, opts: StreamRosterOptions = {}): Promise<StreamedRoster> {
  await assertXlsxFile(file);
  const policyBook = new ExcelJS.Workbook();
  let replaced = new Set<string>();
  let review: string | undefined;
  let target: StreamedSheetInfo | undefined;
  let count = 0;
  const candidates: Candidate[] = [];
  let signOffs: SignOffVisitor | null = null;

  const bestRank = (): number => candidates.filter((c) => c.done && c.hasHeader).reduce((m, c) => Math.min(m, c.rank), Infinity);
  /** Drops candidates without a header row, and those ranked after a finished one with one: pickRosterSheet would never pick them. */
  const prune = (): void => {
    const best = bestRank();
    for (let i = candidates.length - 1; i >= 0; i--) {
      const c = candidates[i];
      if (c && (c.rank > best || c.hasHeader === false)) candidates.splice(i, 1);
    }
  };

  let sheets: StreamedSheetInfo[];
  try {
    sheets = await streamWorkbook(file, {
      start(all) {
        count = all.length;
        for (const s of all) policyBook.addWorksheet(s.name, { state: s.state });
        const r = opts.replace?.(all);
        replaced = new Set((r?.names ?? []).map((n) => n.toLowerCase()));
        review = r?.review?.toLowerCase();
        if (opts.sheet !== undefined) {
          target = namedSheet(all, opts.sheet);
          if (!target) pickRosterSheet(namesOnly(file, all), opts.sheet); // throws the workbook reader's message
        }
      },
      sheet(info, ctx) {
        const lower = info.name.toLowerCase();
        const visitors: (SheetVisitor | null | undefined)[] = [];
        if (!replaced.has(lower)) visitors.push(opts.copier?.sheet(info, ctx));
        else if (lower === review) visitors.push((signOffs = new SignOffVisitor(ctx)));
        if (policySheetKind(info.name) !== null) visitors.push(rebuildInto(must(policyBook.getWorksheet(info.name), `policy sheet ${info.name}`), ctx));
        const wanted = target !== undefined ? info.name === target.name : !isProductSheetName(info.name) && rankOf(info, count) < bestRank();
        if (wanted) {
          const c = new Candidate(info, rankOf(info, count), ctx, target === undefined);
          candidates.push(c);
          visitors.push(c.visitor(prune, prune));
        }
        return fanOut(visitors);
      },
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof CraftedFileError) throw new CliError((m) => m.input(error.key, { ...error.args, file }));
    throw damagedWorkbook(file, error);
  }
  const chosen = candidates.filter((c) => c.done && c.hasHeader).sort((a, b) => a.rank - b.rank)[0];
  if (!chosen) {
    pickRosterSheet(namesOnly(file, sheets)); // throws: no sheet with a header row
    throw new CliError((m) => m.noRoster(file), 2, "noRoster");
  }
  return { input: chosen.full.result(), sheets, policyBook, signOffs: (signOffs as SignOffVisitor | null)?.map ?? new Map() };
}
