/**
 * Queues Office.js work into requests that stay under the payload budget: work is added with
 * its estimated size, and the batcher calls `context.sync()` before a piece that would not fit.
 * Every request starts with `suspendApiCalculationUntilNextSync()`. When Excel still refuses a
 * request for its size (the estimate is an estimate; "Resource limits and performance
 * optimization": 5 MB per request on the web), nothing of it was applied, and the batcher sends
 * its pieces again in two requests, halving a lone piece that can be halved (rows of values):
 * the write side of {@link readSplitting}.
 */
import { ACTION_BYTES, nextReadRows, refusedForSize, REQUEST_BUDGET } from "./payload";

/** What the requests of one operation cost. */
export interface RequestStats {
  /** `context.sync()` calls. */
  syncs: number;
  /** Estimated payload of each request sent, in bytes. */
  readonly requestBytes: number[];
  /** Largest estimated payload of a request (or response), in bytes. */
  maxBytes: number;
  /** Requests Excel refused for their size (then split and sent again). */
  refused: number;
}

/** Fresh, empty stats. */
export function emptyStats(): RequestStats {
  return { syncs: 0, requestBytes: [], maxBytes: 0, refused: 0 };
}

/** Records a request sent outside a batcher (a read): its size, or its response's when larger. */
export function recordSync(stats: RequestStats, bytes: number): void {
  stats.syncs++;
  stats.requestBytes.push(bytes);
  stats.maxBytes = Math.max(stats.maxBytes, bytes);
}

/**
 * One piece of queued work: `work` queues its commands; it may run again when the request it was
 * in is refused for size, so it must queue the same commands each time and keep no other state.
 */
export interface BatchPiece {
  /** Estimated bytes of its data. */
  readonly bytes: number;
  readonly work: () => void;
  /** The same work as two smaller pieces (e.g. the two halves of a block of rows), or null. */
  readonly halves?: () => readonly [BatchPiece, BatchPiece] | null;
}

/** Batches queued work into budgeted requests on one request context. */
export class RequestBatcher {
  private pending = 0;
  private open = false;
  private pieces: BatchPiece[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly stats: RequestStats = emptyStats(),
    readonly budget: number = REQUEST_BUDGET,
  ) {}

  /** Bytes still free in the current request (a request not yet started has its opening action to pay). */
  room(): number {
    return this.budget - this.pending - (this.open ? 0 : ACTION_BYTES);
  }

  /** True when nothing is queued. */
  get empty(): boolean {
    return this.pending === 0;
  }

  /**
   * Queues `work` (estimated at `bytes`), syncing first when it would overflow the current
   * request. A piece larger than the whole budget goes alone in its own request. `work` runs again
   * if Excel refuses its request for size (see {@link BatchPiece}); `halves` splits it further.
   * @example
   * await b.add(gridBytes(rows), () => { ws.getRangeByIndexes(0, 0, rows.length, 3).values = rows; });
   */
  async add(bytes: number, work: () => void, halves?: () => readonly [BatchPiece, BatchPiece] | null): Promise<void> {
    if (this.pending > 0 && this.pending + bytes + ACTION_BYTES > this.budget) await this.sync();
    this.queue(halves ? { bytes, work, halves } : { bytes, work });
  }

  /** Queues small work (a few actions) without a size estimate of its own. */
  async small(work: () => void): Promise<void> {
    await this.add(0, work);
  }

  /** Sends the queued work (no-op when nothing is queued). */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }

  /**
   * Sends the current request, even when empty (e.g. to read loaded values). When Excel refuses
   * it for size ({@link refusedForSize}), none of it was applied: its pieces are sent again, the
   * first half then the second (a lone piece as its two halves), down to pieces that cannot be
   * split, whose refusal is thrown.
   */
  async sync(): Promise<void> {
    this.start();
    const pieces = this.pieces;
    const bytes = this.pending;
    this.pieces = [];
    this.pending = 0;
    this.open = false;
    try {
      await this.context.sync();
    } catch (error) {
      if (!refusedForSize(error)) throw error;
      const parts = splitPieces(pieces);
      if (!parts) throw error;
      this.stats.refused++;
      for (const part of parts) {
        for (const p of part) this.queue(p);
        await this.sync();
      }
      return;
    }
    this.record(bytes);
  }

  private queue(piece: BatchPiece): void {
    this.start();
    piece.work();
    this.pieces.push(piece);
    this.pending += piece.bytes + ACTION_BYTES;
  }

  /** Records a response's size (loaded data), which has the same limit. */
  recordResponse(bytes: number): void {
    this.stats.maxBytes = Math.max(this.stats.maxBytes, bytes);
  }

  private start(): void {
    if (this.open) return;
    this.open = true;
    this.context.application.suspendApiCalculationUntilNextSync();
    this.pending += ACTION_BYTES;
  }

  private record(bytes: number): void {
    this.stats.syncs++;
    this.stats.requestBytes.push(bytes);
    this.stats.maxBytes = Math.max(this.stats.maxBytes, bytes);
  }
}

/** The pieces of a refused request as two requests: by halves of the list, or a lone piece's halves; null when it cannot be split. */
function splitPieces(pieces: readonly BatchPiece[]): readonly (readonly BatchPiece[])[] | null {
  if (pieces.length > 1) {
    const mid = Math.ceil(pieces.length / 2);
    return [pieces.slice(0, mid), pieces.slice(mid)];
  }
  const halves = pieces[0]?.halves?.();
  return halves ? [[halves[0]], [halves[1]]] : null;
}

/**
 * Reads `count` rows from `first` in one request: `queue` loads them and returns what to take once
 * the request is back. When Excel refuses the request or its response for size (5 MB on the web,
 * see {@link refusedForSize}), the two halves are read instead ("Work with large ranges": read a
 * large range in blocks), down to one row.
 * @returns one result per request that succeeded, in row order
 * @example
 * const blocks = await readSplitting(context, stats, 0, 3000, (first, n) => {
 *   const r = ws.getRangeByIndexes(first, 0, n, 8).load("values");
 *   return () => ({ values: r.values, bytes: gridBytes(r.values) });
 * });
 */
export async function readSplitting<T extends { readonly bytes: number }>(
  context: Excel.RequestContext,
  stats: RequestStats,
  first: number,
  count: number,
  queue: (first: number, count: number) => () => T,
): Promise<T[]> {
  const take = queue(first, count);
  try {
    await context.sync();
  } catch (error) {
    if (!refusedForSize(error) || count === 1) throw error;
    recordSync(stats, 0);
    stats.refused++;
    const half = Math.ceil(count / 2);
    return [...(await readSplitting(context, stats, first, half, queue)), ...(await readSplitting(context, stats, first + half, count - half, queue))];
  }
  const result = take();
  recordSync(stats, result.bytes);
  return [result];
}

/**
 * Reads `total` rows from row `first` in blocks the payload budget allows: `probe` rows first (to
 * measure what a row weighs), then as many as the heaviest rows seen so far permit over `columns`
 * columns ({@link nextReadRows}); a block Excel refuses for size is split and read again
 * ({@link readSplitting}). Yields the blocks in row order.
 * @example
 * for await (const block of readSizedBlocks(context, stats, 3, 60_000, 2_000, 14, queue)) rows.push(...block.rows);
 */
export async function* readSizedBlocks<T extends { readonly rows: readonly unknown[]; readonly bytes: number }>(
  context: Excel.RequestContext,
  stats: RequestStats,
  first: number,
  total: number,
  probe: number,
  columns: number,
  queue: (first: number, count: number) => () => T,
): AsyncGenerator<T> {
  let per = Math.max(1, Math.min(probe, total));
  let heaviest = 0;
  for (let done = 0; done < total; ) {
    const n = Math.min(per, total - done);
    for (const block of await readSplitting(context, stats, first + done, n, queue)) {
      heaviest = Math.max(heaviest, block.bytes / Math.max(1, block.rows.length));
      yield block;
    }
    done += n;
    per = nextReadRows(heaviest, columns);
  }
}
