/**
 * The shared-string table (`xl/sharedStrings.xml`) read from a stream, item by item as
 * `workbook.xlsx.readFile` reads it: plain items as strings (`_xHHHH_` escapes decoded), items
 * with runs as `{ richText }` with each run's font, phonetic guides (`<rPh>`) left out.
 */
import type ExcelJS from "exceljs";
import { decodeEscapes, saxEvents } from "./xml-text";
import { CraftedFileError } from "../messages";

/** One shared string: text, or rich text runs. */
export type SharedString = string | ExcelJS.CellRichTextValue;

type Font = Partial<ExcelJS.Font> & Record<string, unknown>;

const FONT_FLAGS: Readonly<Record<string, string>> = { b: "bold", i: "italic", strike: "strike", outline: "outline" };

/** Applies one `<rPr>` child element to a run's font. */
function addFontPart(font: Font, name: string, a: Readonly<Record<string, string>>): void {
  const flag = FONT_FLAGS[name];
  if (flag !== undefined) {
    font[flag] = a.val === undefined || (a.val !== "0" && a.val !== "false");
    return;
  }
  switch (name) {
    case "sz":
      font.size = Number(a.val);
      break;
    case "rFont":
      if (a.val !== undefined) font.name = a.val;
      break;
    case "family":
      font.family = Number(a.val);
      break;
    case "charset":
      font.charset = Number(a.val);
      break;
    case "scheme":
      font.scheme = a.val as ExcelJS.Font["scheme"];
      break;
    case "vertAlign":
      font.vertAlign = a.val as ExcelJS.Font["vertAlign"];
      break;
    case "u":
      font.underline = a.val === undefined ? true : (a.val as ExcelJS.Font["underline"]);
      break;
    case "color": {
      const color: Record<string, unknown> = {};
      if (a.rgb !== undefined) color.argb = a.rgb;
      if (a.theme !== undefined) color.theme = Number(a.theme);
      if (a.tint !== undefined) color.tint = Number(a.tint);
      if (a.indexed !== undefined) color.indexed = Number(a.indexed);
      font.color = color as Partial<ExcelJS.Color>;
      break;
    }
    default:
      break;
  }
}

/**
 * Reads a whole shared-string table from the chunks of its zip entry.
 * @param maxItems - more items than this is a crafted file (31 million strings in 1.3 MB): refused
 *   as soon as the count is passed, before they fill memory
 * @throws {@link CraftedFileError} past `maxItems` (or when the table declares more)
 */
export async function readSharedStrings(chunks: AsyncIterable<Buffer | string>, maxItems = Infinity): Promise<SharedString[]> {
  const items: SharedString[] = [];
  let text: string[] | null = null; // the open <t>
  let plain: string | null = null; // the item's own <t>
  let runs: ExcelJS.RichText[] | null = null;
  let font: Font | null = null;
  let runText = "";
  let inRun = false;
  let inRunProps = false;
  let phonetic = 0;
  for await (const events of saxEvents(chunks)) {
    for (const e of events) {
      if (e.eventType === "opentag") {
        const name = e.value.name;
        if (phonetic > 0 || name === "rPh") {
          phonetic++;
          continue;
        }
        if (name === "sst") {
          const declared = Number(e.value.attributes.uniqueCount ?? e.value.attributes.count ?? 0);
          if (declared > maxItems) throw new CraftedFileError("tooManyStrings", { count: declared, max: maxItems });
        } else if (name === "si") {
          plain = null;
          runs = null;
        } else if (name === "t") {
          text = [];
        } else if (name === "r") {
          inRun = true;
          font = null;
          runText = "";
        } else if (name === "rPr") {
          inRunProps = true;
          font = {};
        } else if (inRunProps && font) {
          addFontPart(font, name, e.value.attributes);
        }
      } else if (e.eventType === "text") {
        if (text !== null && phonetic === 0) text.push(e.value);
      } else {
        const name = e.value.name;
        if (phonetic > 0) {
          phonetic--;
          continue;
        }
        if (name === "t" && text !== null) {
          const t = decodeEscapes(text.join(""));
          if (inRun) runText += t;
          else plain = (plain ?? "") + t;
          text = null;
        } else if (name === "rPr") {
          inRunProps = false;
        } else if (name === "r") {
          (runs ??= []).push(font && Object.keys(font).length > 0 ? { font, text: runText } : { text: runText });
          inRun = false;
        } else if (name === "si") {
          if (items.length >= maxItems) throw new CraftedFileError("tooManyStrings", { count: items.length + 1, max: maxItems });
          items.push(runs ? { richText: runs } : (plain ?? ""));
        }
      }
    }
  }
  return items;
}
