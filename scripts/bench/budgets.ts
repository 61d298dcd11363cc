/** The performance budgets of the benchmark, checked against its figures. */

export interface SizeResult {
  size: number;
  cold: { wallMs: number; peakRssBytes: number };
  warm: { wallMs: number; peakRssBytes?: number };
  plusOne?: { wallMs: number; peakRssBytes?: number };
}
export interface SampleResult {
  medianReleaseHtmlBytes: number;
  cssFilesBytes: number;
  byType: Record<string, { jsBytes: number }>;
}
export interface Budget { name: string; limit: string; value: string; met: boolean | null }

const GiB = 1024 ** 3;
/** A release page's one script, the print date (the only thing it cannot do without); other pages: none. */
export const RELEASE_JS_BYTES = 512;

/** Each budget with its measured value; `met: null` when the run lacks the sizes it needs. */
export function checkBudgets(sizes: SizeResult[], sample?: SampleResult): Budget[] {
  const at = (n: number) => sizes.find((s) => s.size === n);
  const s10 = at(10000);
  const s20 = at(20000);
  const s100 = at(100000);
  const peak = (r: SizeResult) => Math.max(r.cold.peakRssBytes, r.warm.peakRssBytes ?? 0, r.plusOne?.peakRssBytes ?? 0);
  const plus10 = s10?.plusOne;
  const out: Budget[] = [
    { name: '10,000 releases wall time (cold)', limit: '≤ 60 s', value: s10 ? `${(s10.cold.wallMs / 1000).toFixed(1)} s` : 'n/a', met: s10 ? s10.cold.wallMs <= 60_000 : null },
    { name: '10,000 releases peak RSS', limit: '< 2 GiB', value: s10 ? `${(s10.cold.peakRssBytes / GiB).toFixed(2)} GiB` : 'n/a', met: s10 ? s10.cold.peakRssBytes < 2 * GiB : null },
    { name: '10,000 releases one new release (rebuild)', limit: '≤ 20 s', value: plus10 ? `${(plus10.wallMs / 1000).toFixed(1)} s` : 'n/a', met: plus10 ? plus10.wallMs <= 20_000 : null },
    { name: '100,000 releases peak RSS (any of the three builds)', limit: '< 6 GiB', value: s100 ? `${(peak(s100) / GiB).toFixed(2)} GiB` : 'n/a', met: s100 ? peak(s100) < 6 * GiB : null },
    { name: '20,000 / 10,000 wall time', limit: '≤ 2.2×', value: s10 && s20 ? `${(s20.cold.wallMs / s10.cold.wallMs).toFixed(2)}×` : 'n/a', met: s10 && s20 ? s20.cold.wallMs / s10.cold.wallMs <= 2.2 : null },
  ];
  for (const s of sizes) {
    const speedup = s.cold.wallMs / s.warm.wallMs;
    out.push({ name: `${s.size} releases unchanged rebuild speed-up`, limit: '≥ 3× (warm ≤ cold / 3)', value: `${speedup.toFixed(2)}×`, met: speedup >= 3 });
  }
  if (sample) {
    out.push({ name: 'median release page HTML', limit: '< 30 KB', value: `${(sample.medianReleaseHtmlBytes / 1024).toFixed(1)} KB`, met: sample.medianReleaseHtmlBytes < 30 * 1024 });
    out.push({ name: 'CSS total', limit: '< 15 KB', value: `${(sample.cssFilesBytes / 1024).toFixed(1)} KB`, met: sample.cssFilesBytes < 15 * 1024 });
    for (const type of ['release', 'home', 'country index']) {
      const js = sample.byType[type]?.jsBytes;
      const limit = type === 'release' ? RELEASE_JS_BYTES : 0;
      out.push({ name: `JS on ${type} pages`, limit: limit ? `≤ ${limit} B (print date)` : '0 B', value: js === undefined ? 'n/a' : `${js} B`, met: js === undefined ? null : js <= limit });
    }
  }
  return out;
}
