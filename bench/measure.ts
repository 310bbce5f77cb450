// Bench helpers: wall time and peak memory (sampled RSS and heap) of one piece of work.
export interface Measurement {
  ms: number;
  peakHeapMb: number;
  peakRssMb: number;
}

export async function measure<T>(work: () => T | Promise<T>): Promise<{ result: T } & Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakHeap = process.memoryUsage().heapUsed;
  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, 5);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  sample();
  return { result, ms, peakHeapMb: peakHeap / 2 ** 20, peakRssMb: peakRss / 2 ** 20 };
}

export function report(label: string, m: Measurement, extra = ''): void {
  console.log(
    `${label.padEnd(44)} ${m.ms.toFixed(0).padStart(7)} ms   heap ${m.peakHeapMb.toFixed(0).padStart(5)} MB   rss ${m.peakRssMb.toFixed(0).padStart(5)} MB${extra ? `   ${extra}` : ''}`,
  );
}
