/**
 * Sign-offs of a large previous results sheet (issue 15, item 5): the reads stay within the web's
 * 5 MB response limit, sized from a probe, and a read Excel refuses for size is split and read
 * again. A minimal request context refuses, as Excel on the web does, any response over 5 MB
 * (ResponsePayloadSizeLimitExceeded: "Error handling with the application-specific JavaScript APIs").
 */
import { must } from "../util/must";
import { readSignOffs } from "../../src/excel/previous-sheets";
import { emptyStats } from "../../src/excel/request-batcher";

const LIMIT = 5 * 1024 * 1024;

/** A sheet column store and a context whose sync refuses responses over 5 MB (UTF-8 JSON, escaped twice). */
function fakeExcel(rows: number, signOff: (i: number) => string) {
  const loads: { r: number; c: number; n: number; target: { values?: unknown[][] } }[] = [];
  const responses: number[] = [];
  let refused = 0;
  const cell = (r: number, c: number): string => (r < 2 ? "" : c === 0 ? `KF${r}` : signOff(r));
  const ws = {
    getRangeByIndexes(r: number, c: number, n: number) {
      const target: { values?: unknown[][]; load: () => typeof target } = { load: () => target };
      loads.push({ r, c, n, target });
      return target;
    },
  };
  const context = {
    async sync() {
      const batch = loads.splice(0);
      const data = batch.map((l) => Array.from({ length: l.n }, (_, i) => [cell(l.r + i, l.c)]));
      const bytes = Buffer.byteLength(JSON.stringify(JSON.stringify(data)), "utf8");
      responses.push(bytes);
      if (bytes > LIMIT) {
        refused++;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      batch.forEach((l, k) => (l.target.values = must(data[k], "batch values")));
    },
  };
  const scan = { headerRow: 1, headers: ["工号", "主管确认"], lastRow: rows + 1, tables: 1 };
  return { ws, context, scan, responses, refused: () => refused };
}

const LONG = "同意晋升，表现稳定。".repeat(30); // 300 characters, ~2.7 KB on the wire

describe("readSignOffs on 60,000 rows", () => {
  test("long sign-offs on every row: every read is within 5 MB", async () => {
    const x = fakeExcel(60_000, () => LONG);
    const out = await readSignOffs(x.context as unknown as Excel.RequestContext, x.ws as unknown as Excel.Worksheet, x.scan, emptyStats());
    expect(out.size).toBe(60_000);
    expect(x.refused()).toBe(0);
    expect(Math.max(...x.responses)).toBeLessThanOrEqual(LIMIT);
  });

  test("short sign-offs first, long ones after: the refused read is split and read again", async () => {
    const x = fakeExcel(60_000, (r) => (r < 2_200 ? "" : LONG));
    const out = await readSignOffs(x.context as unknown as Excel.RequestContext, x.ws as unknown as Excel.Worksheet, x.scan, emptyStats());
    expect(out.size).toBe(60_000 - 2_198);
    expect(out.get("KF59999")).toBe(LONG);
    expect(x.refused()).toBeGreaterThan(0);
  });
});
