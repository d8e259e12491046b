/** Median, min and max of timed runs of `fn` (ms), after a warm-up run; GC forced (when exposed) and settled between runs. */
export async function measure(fn: () => unknown | Promise<unknown>, runs: number): Promise<{ medianMs: number; minMs: number; maxMs: number }> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (gc) {
      gc();
      // On 2 cores a forced GC right before a timed pass slows it; let the collector settle.
      await new Promise((r) => setTimeout(r, 300));
    }
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, minMs: times[0]!, maxMs: times[times.length - 1]! };
}
