/**
 * The write side of split-and-retry (issue 15, item 5 for writes): Excel on the web refuses a
 * request over 5 MB ("Resource limits and performance optimization for Office Add-ins";
 * `RequestPayloadSizeLimitExceeded`, "Error handling with the application-specific JavaScript
 * APIs"), and a refused request applies nothing. The batcher's budget is an estimate; when the
 * host still refuses a request, its writes must be split and sent again, not lost or failed.
 *
 * The host here measures each request as the JSON of its commands and refuses those over its
 * limit, which is set below the batcher's budget: a host counting more bytes than our estimate.
 */
import { RequestBatcher } from "../../src/excel/request-batcher";
import { writeRows } from "../../src/excel/write-sheet";
import type { WireValue } from "../../src/excel/payload";

type Command = { readonly bytes: number; readonly apply: () => void };

/** A request context and worksheet whose `sync` refuses requests over `limit` bytes, applying nothing of them. */
function host(limit: number) {
  let queue: Command[] = [];
  const rows = new Map<number, WireValue[]>();
  const accepted: number[] = [];
  let refused = 0;
  let failNext: string | null = null;
  const context = {
    application: { suspendApiCalculationUntilNextSync: () => queue.push({ bytes: 60, apply: () => undefined }) },
    sync: async (): Promise<void> => {
      const batch = queue;
      queue = [];
      if (failNext) {
        const text = failNext;
        failNext = null;
        throw Object.assign(new Error(text), { code: "GeneralException" });
      }
      const size = batch.reduce((n, c) => n + c.bytes, 0);
      if (size > limit) {
        refused++;
        throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
      }
      accepted.push(size);
      for (const c of batch) c.apply();
    },
  };
  const ws = {
    getRangeByIndexes: (r: number, _c: number, nr: number) => ({
      set values(v: WireValue[][]) {
        if (v.length !== nr) throw new Error("shape");
        // What travels: the JSON text, stringified again by the envelope, as UTF-8.
        queue.push({ bytes: Buffer.byteLength(JSON.stringify(JSON.stringify(v)), "utf8"), apply: () => v.forEach((row, i) => rows.set(r + i, row)) });
      },
    }),
  };
  return {
    context: context as unknown as Excel.RequestContext,
    ws: ws as unknown as Excel.Worksheet,
    rows,
    accepted,
    refusedCount: () => refused,
    failNextSync: (text: string) => {
      failNext = text;
    },
  };
}

const comment = "客户反馈良好，处理工单及时，团队协作积极。".repeat(6);
const rowAt = (i: number): WireValue[] => [`KF${100000 + i}`, `员工${i}`, comment, 46000 + i, i % 2 === 0];

describe("writes refused for size are split and sent again", () => {
  test("every row arrives once, in place, when the host refuses requests the budget allowed", async () => {
    const limit = 1024 * 1024;
    const h = host(limit);
    const b = new RequestBatcher(h.context); // 4 MB budget: above this host's limit
    const n = 12_000;
    await writeRows(b, h.ws, 5, 0, n, 5, rowAt);
    await b.flush();
    expect(h.refusedCount()).toBeGreaterThan(0);
    expect(b.stats.refused).toBe(h.refusedCount());
    expect(h.rows.size).toBe(n);
    for (const i of [0, 1, n / 2, n - 1]) expect(h.rows.get(5 + i)).toEqual(rowAt(i));
    expect(Math.max(...h.accepted)).toBeLessThanOrEqual(limit);
  });

  test("other pieces of a refused request (a header, formats) are sent again with it", async () => {
    const h = host(200 * 1024);
    const b = new RequestBatcher(h.context);
    await b.small(() => {
      h.ws.getRangeByIndexes(0, 0, 1, 5).values = [["工号", "姓名", "评语", "日期", "标记"]];
    });
    await writeRows(b, h.ws, 1, 0, 2_000, 5, rowAt);
    await b.flush();
    expect(h.refusedCount()).toBeGreaterThan(0);
    expect(h.rows.get(0)).toEqual(["工号", "姓名", "评语", "日期", "标记"]);
    expect(h.rows.size).toBe(2_001);
  });

  test("a single row over the limit cannot be split: the refusal is thrown", async () => {
    const h = host(2_000);
    const b = new RequestBatcher(h.context);
    await writeRows(b, h.ws, 0, 0, 1, 1, () => ["长".repeat(5_000)]);
    await expect(b.flush()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(h.rows.size).toBe(0);
  });

  test("a failure that is not about size is thrown at once, nothing sent again", async () => {
    const h = host(1024 * 1024);
    const b = new RequestBatcher(h.context);
    await writeRows(b, h.ws, 0, 0, 10, 5, rowAt);
    h.failNextSync("There was an internal error while processing the request.");
    await expect(b.flush()).rejects.toMatchObject({ code: "GeneralException" });
    expect(h.refusedCount()).toBe(0);
    expect(h.rows.size).toBe(0);
  });
});
