/**
 * When `promo review` streams. The workbook API loads and saves a whole workbook as objects:
 * measured here (docs/streaming.md) a review in that mode peaks at about 2.5 KB of memory per
 * roster cell (870 MB at 300k cells, 1.9 GB at 750k) and takes twice the streaming time.
 * Streaming keeps memory flat but copies the roster's sheets with less (docs/streaming.md lists
 * what), so it is used only where the workbook API gets expensive: from {@link STREAM_CELLS}.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { listZipEntries } from "../xlsx-props";

/**
 * Estimated cells from which a review streams: 200,000 (about 13,000 rows of 15 columns).
 * Below it the workbook mode needs at most ~600 MB and a few seconds, and its copy keeps every
 * feature exceljs reads (comments, data validation, conditional formats...).
 */
export const STREAM_CELLS = 200_000;

/** Bytes of worksheet XML per cell, typical of Excel's files (`<c r="E7" s="3"><v>45123</v></c>` plus row markup). */
const XML_BYTES_PER_CELL = 32;

/** Bytes of CSV per cell (a 15-column roster row is about 100-130 bytes). */
const CSV_BYTES_PER_CELL = 8;

/** The estimated number of cells of a roster file (0 when it cannot be read: the reader will say why). */
export async function estimateCells(file: string): Promise<number> {
  try {
    if (path.extname(file).toLowerCase() === ".csv") return Math.round((await fs.stat(file)).size / CSV_BYTES_PER_CELL);
    const entries = await listZipEntries(file);
    const xml = (entries ?? []).filter((e) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name)).reduce((n, e) => n + e.size, 0);
    return Math.round(xml / XML_BYTES_PER_CELL);
  } catch {
    return 0;
  }
}

/**
 * Whether to stream: `--stream` / `--no-stream` decide; otherwise a file of about
 * {@link STREAM_CELLS} cells or more streams.
 */
export async function shouldStream(file: string, flag: boolean | undefined): Promise<boolean> {
  if (flag !== undefined) return flag;
  return (await estimateCells(file)) >= STREAM_CELLS;
}
