/** Shared measuring helpers for `npm run bench`: medians and p95 over repeated runs, never single timings. */

export interface BenchRow {
  name: string;
  /** milliseconds per run */
  medianMs?: number;
  p95Ms?: number;
  /** throughput, when the input has a size */
  mbPerS?: number;
  /** bytes, e.g. a bundle size (gzipped) */
  bytes?: number;
  /** the budget this figure must meet, e.g. "< 5 ms median" */
  budget?: string;
  ok?: boolean;
  note?: string;
}

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

/** Runs fn `warmup` times untimed, then `runs` times timed. */
export async function measure(
  fn: () => unknown | Promise<unknown>,
  runs = 50,
  warmup = 5
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), runs };
}

export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
