/** Timings of one measured job, in ms per run. */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Runs timed together in each sample (1 for jobs of `minSampleMs` or more). */
  runsPerSample: number;
}

/** A sample shorter than this is timed as a batch of back-to-back runs. */
const MIN_SAMPLE_MS = 200;
/** Warm-up time before sizing the batch. */
const WARM_MS = 300;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Median, min and max over `samples` samples of `fn` (ms per run), after warming up (at least
 * 3 runs and 300 ms); GC forced (when exposed) and settled between samples. A job shorter than
 * 200 ms is timed as a
 * batch of back-to-back runs per sample (the batch's time / its runs), as benchmark.js does: one
 * 3 ms run timed alone right after a pause measures cold caches and timer jitter, not the job,
 * and would not compare fairly with a baseline taking a second. Garbage collection inside a batch
 * is counted.
 */
export async function measure(fn: () => unknown, samples: number): Promise<Timing> {
  // Warm up until the optimised code runs (at least 3 runs and 300 ms), then size the batch from the last runs.
  const warm: number[] = [];
  for (let spent = 0; warm.length < 3 || spent < WARM_MS; ) {
    const t = now();
    await fn();
    warm.push(now() - t);
    spent += warm[warm.length - 1]!;
  }
  const recent = warm.slice(-3).sort((a, b) => a - b)[1]!;
  const batch = recent >= MIN_SAMPLE_MS ? 1 : Math.min(1000, Math.ceil(MIN_SAMPLE_MS / Math.max(recent, 0.01)));
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      // On 2 cores a forced GC right before a timed pass slows it; let the collector settle.
      await new Promise((r) => setTimeout(r, 300));
    }
    const t0 = now();
    for (let k = 0; k < batch; k++) await fn();
    times.push((now() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxMs: times[times.length - 1]!, runsPerSample: batch };
}
