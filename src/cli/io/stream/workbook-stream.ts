/**
 * Reads an .xlsx file part by part, sheet by sheet in tab order, without loading it: the
 * workbook, relationships, styles and shared strings first (opened through the zip's central
 * directory, see `zip-parts.ts`), then each sheet streamed from its place in the file to a
 * visitor, or not read at all when nobody needs it. Every part is decoded as one UTF-8 stream
 * (exceljs's streaming reader decodes chunk by chunk and garbles a Chinese character split
 * between two chunks: exceljs issues #2063, #2084). Styles are exceljs's own style reader.
 */
import { readStyles } from "./exceljs-internals";
import { readSharedStrings, type SharedString } from "./shared-strings";
import { parseSheet, type SheetContext, type SheetVisitor } from "./sheet-parser";
import { decodeUtf8, saxEvents } from "./xml-text";
import { relsPartOf, resolveTarget, ZipParts } from "./zip-parts";
import { CraftedFileError } from "../messages";
import { excelSheetNames } from "../excel-text";
import { must } from "../../../core/util/must";

/** A sheet of the workbook. */
export interface StreamedSheetInfo {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  /** Position among the workbook's sheets (tab order), from 0. */
  readonly index: number;
}

/** What decides, sheet by sheet, what happens to a streamed workbook. */
export interface WorkbookVisit {
  /** Called once, with every sheet in tab order, before the first sheet is handed over. */
  start?(sheets: readonly StreamedSheetInfo[]): void;
  /** A visitor for the sheet's rows, or null to skip the sheet (it is then not read). */
  sheet(info: StreamedSheetInfo, ctx: SheetContext): SheetVisitor | null;
}

/** One text as a stream of one chunk. */
async function* single(text: string): AsyncGenerator<string> {
  yield text;
}

type Element = { readonly name: string; readonly attributes: Readonly<Record<string, string>> };

/** The elements of a small XML part named `names` (namespace prefixes ignored), in document order. */
async function elements(xml: string | null, names: ReadonlySet<string>): Promise<Element[]> {
  const out: Element[] = [];
  if (xml === null) return out;
  for await (const events of saxEvents(single(xml))) {
    for (const e of events) {
      if (e.eventType !== "opentag") continue;
      const name = e.value.name.slice(e.value.name.indexOf(":") + 1);
      if (names.has(name)) out.push({ name, attributes: e.value.attributes });
    }
  }
  return out;
}

/** A part's relationships: id -> resolved target part, type suffix -> target part, and id -> external address. */
async function relationships(zip: ZipParts, part: string): Promise<{ byId: Map<string, string>; byType: Map<string, string>; external: Map<string, string> }> {
  const byId = new Map<string, string>();
  const byType = new Map<string, string>();
  const external = new Map<string, string>();
  for (const { attributes: a } of await elements(await zip.text(relsPartOf(part)), new Set(["Relationship"]))) {
    if (!a.Id || a.Target === undefined) continue;
    if (a.TargetMode === "External") {
      external.set(a.Id, a.Target);
      continue;
    }
    const target = resolveTarget(part, a.Target);
    byId.set(a.Id, target);
    const type = (a.Type ?? "").slice((a.Type ?? "").lastIndexOf("/") + 1);
    if (!byType.has(type)) byType.set(type, target);
  }
  return { byId, byType, external };
}

/** The value of a namespaced `r:id` attribute (whatever its prefix). */
function relId(a: Readonly<Record<string, string>>): string | undefined {
  const key = Object.keys(a).find((k) => k === "id" || k.endsWith(":id"));
  return key === undefined ? undefined : a[key];
}

/** Fewest bytes of sheet XML a cell using a shared string takes (`<c t="s"><v>0</v></c>` is 21). */
const MIN_STRING_CELL_BYTES = 16;

/**
 * The most shared strings a workbook with `sheetBytes` of sheet XML can use (each used string
 * needs a cell), with room for the few unused ones Excel keeps; more is a crafted file.
 */
function maxSharedStrings(sheetBytes: number): number {
  return Math.ceil(sheetBytes / MIN_STRING_CELL_BYTES) + 65_536;
}

/** The workbook part's sheets (tab order, with their parts), its relationships and date system. */
async function bookSheets(zip: ZipParts): Promise<{ bookPart: string; rels: Awaited<ReturnType<typeof relationships>>; list: (StreamedSheetInfo & { part: string | undefined })[]; date1904: boolean; sheetBytes: number }> {
  const root = await relationships(zip, "");
  const bookPart = root.byType.get("officeDocument") ?? "xl/workbook.xml";
  if (!zip.has(bookPart)) throw new Error(`no workbook part (${bookPart})`);
  const rels = await relationships(zip, bookPart);
  const found = await elements(await zip.text(bookPart), new Set(["sheet", "workbookPr"]));
  const list = found
    .filter((e) => e.name === "sheet")
    .map((e, index): StreamedSheetInfo & { part: string | undefined } => {
      const state = e.attributes.state === "hidden" || e.attributes.state === "veryHidden" ? e.attributes.state : "visible";
      const id = relId(e.attributes);
      return { name: e.attributes.name ?? `Sheet${index + 1}`, state, index, part: id === undefined ? undefined : rels.byId.get(id) };
    });
  // Names Excel would not allow (over 31 characters: crafted or foreign files) cut as the workbook reader cuts them.
  const names = excelSheetNames(list.map((s) => s.name));
  list.forEach((s, i) => {
    const name = must(names[i], `name of sheet ${i}`);
    if (s.name !== name) list[i] = { ...s, name };
  });
  // As exceljs reads it: only date1904="1" counts.
  const date1904 = found.some((e) => e.name === "workbookPr" && e.attributes.date1904 === "1");
  const sheetBytes = list.reduce((n, s) => n + (s.part === undefined ? 0 : zip.sizeOf(s.part)), 0);
  return { bookPart, rels, list, date1904, sheetBytes };
}

/** The workbook's sheets (tab order, with their parts) and what their cells refer to. */
async function openBook(zip: ZipParts): Promise<{ sheets: (StreamedSheetInfo & { part: string | undefined })[]; ctx: SheetContext }> {
  const { rels, list: sheets, date1904, sheetBytes } = await bookSheets(zip);
  const stylesPart = rels.byType.get("styles") ?? "xl/styles.xml";
  const stylesChunks = await zip.stream(stylesPart);
  const styles = await readStyles(stylesChunks ? decodeUtf8(stylesChunks) : null);
  const stringsPart = rels.byType.get("sharedStrings") ?? "xl/sharedStrings.xml";
  const strings = await zip.stream(stringsPart);
  const sharedStrings: SharedString[] = strings ? await readSharedStrings(strings, maxSharedStrings(sheetBytes)) : [];
  return { sheets, ctx: { sharedStrings, styleOf: (id) => styles.getStyleModel(id), date1904 } };
}

/**
 * Checks a workbook's shared-string table against its sheets before anything loads it whole
 * (workbook mode): a table declaring more strings than the sheets can use is a zip bomb.
 * Reads the zip directory and the table's first element only.
 * @throws {@link CraftedFileError} for a table declaring too many strings
 */
export async function assertSharedStringBudget(file: string): Promise<void> {
  const zip = await ZipParts.open(file);
  const { rels, sheetBytes } = await bookSheets(zip);
  const max = maxSharedStrings(sheetBytes);
  const chunks = await zip.stream(rels.byType.get("sharedStrings") ?? "xl/sharedStrings.xml");
  if (!chunks) return;
  let head = "";
  for await (const chunk of chunks) {
    head += chunk.toString("utf8");
    if (head.length >= 4096) break;
  }
  const m = /<(?:\w+:)?sst\b[^>]*?\b(?:uniqueCount|count)="(\d+)"/.exec(head);
  if (m && Number(m[1]) > max) throw new CraftedFileError("tooManyStrings", { count: Number(m[1]), max });
}

/**
 * Streams a workbook: `visit.start` gets the sheets in tab order, then `visit.sheet` is asked
 * for a visitor for each sheet in that order (null skips the sheet without reading it).
 * @returns the sheets in tab order
 * @throws an Error for a file that is not a readable .xlsx (the caller words it)
 */
export async function streamWorkbook(file: string, visit: WorkbookVisit): Promise<StreamedSheetInfo[]> {
  const zip = await ZipParts.open(file);
  const { sheets, ctx } = await openBook(zip);
  const infos: StreamedSheetInfo[] = sheets.map(({ name, state, index }) => ({ name, state, index }));
  visit.start?.(infos);
  for (const s of sheets) {
    const links = s.part === undefined ? new Map<string, string>() : (await relationships(zip, s.part)).external;
    const visitor = visit.sheet(must(infos[s.index], `sheet ${s.index}`), links.size > 0 ? { ...ctx, links } : ctx);
    if (!visitor) continue;
    const chunks = s.part === undefined ? null : await zip.stream(s.part);
    await parseSheet(chunks ?? (async function* () {})(), visitor);
  }
  return infos;
}
