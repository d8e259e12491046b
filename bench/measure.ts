/** Timings of one measured job, in ms per run. */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Runs timed together in each sample (1 for jobs of `minSampleMs` or more). */
  runsPerSample: number;
}

/** A sample shorter than this is timed as a batch of back-to-back runs. */
const MIN_SAMPLE_MS = 100;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Median, min and max over `samples` samples of `fn` (ms per run), after a warm-up run; GC
 * forced (when exposed) and settled between samples. A job shorter than 100 ms is timed as a
 * batch of back-to-back runs per sample (the batch's time / its runs), as benchmark.js does: one
 * 3 ms run timed alone right after a pause measures cold caches and timer jitter, not the job,
 * and would not compare fairly with a baseline taking a second. Garbage collection inside a batch
 * is counted.
 */
export async function measure(fn: () => unknown, samples: number): Promise<Timing> {
  const t = now();
  await fn();
  const first = now() - t;
  const batch = first >= MIN_SAMPLE_MS ? 1 : Math.min(1000, Math.ceil(MIN_SAMPLE_MS / Math.max(first, 0.01)));
  if (batch > 1) for (let i = 0; i < batch; i++) await fn(); // warm the optimised code at batch length too
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
