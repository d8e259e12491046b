/**
 * Queues Office.js work into requests that stay under the payload budget: work is added with
 * its estimated size, and the batcher calls `context.sync()` before a piece that would not fit.
 * Every request starts with `suspendApiCalculationUntilNextSync()`.
 */
import { ACTION_BYTES, REQUEST_BUDGET } from "./payload";

/** What the requests of one operation cost. */
export interface RequestStats {
  /** `context.sync()` calls. */
  syncs: number;
  /** Estimated payload of each request sent, in bytes. */
  readonly requestBytes: number[];
  /** Largest estimated payload of a request (or response), in bytes. */
  maxBytes: number;
}

/** Fresh, empty stats. */
export function emptyStats(): RequestStats {
  return { syncs: 0, requestBytes: [], maxBytes: 0 };
}

/** Records a request sent outside a batcher (a read): its size, or its response's when larger. */
export function recordSync(stats: RequestStats, bytes: number): void {
  stats.syncs++;
  stats.requestBytes.push(bytes);
  stats.maxBytes = Math.max(stats.maxBytes, bytes);
}

/** Batches queued work into budgeted requests on one request context. */
export class RequestBatcher {
  private pending = 0;
  private open = false;

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
   * request. A piece larger than the whole budget goes alone in its own request.
   */
  async add(bytes: number, work: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes + ACTION_BYTES > this.budget) await this.sync();
    this.start();
    work();
    this.pending += bytes + ACTION_BYTES;
  }

  /** Queues small work (a few actions) without a size estimate of its own. */
  async small(work: () => void): Promise<void> {
    await this.add(0, work);
  }

  /** Sends the queued work (no-op when nothing is queued). */
  async flush(): Promise<void> {
    if (this.pending > 0) await this.sync();
  }

  /** Sends the current request, even when empty (e.g. to read loaded values). */
  async sync(): Promise<void> {
    this.start();
    await this.context.sync();
    this.record(this.pending);
    this.pending = 0;
    this.open = false;
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
