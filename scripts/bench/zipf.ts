/** Zipf-like word sampling: the word of rank r is drawn with weight 1 / r^s. */

export const ZIPF_EXPONENT = 1.07;

/** Cumulative weights for ranks 1..n. */
export function cumulativeWeights(n: number, s = ZIPF_EXPONENT): Float64Array {
  const table = new Float64Array(n);
  let sum = 0;
  for (let r = 1; r <= n; r++) {
    sum += 1 / r ** s;
    table[r - 1] = sum;
  }
  return table;
}

/** Index of the first entry of the ascending `table` that is ≥ x (binary search). */
export function lowerBound(table: Float64Array, x: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sampler over `words` (most frequent first) using the random source `next`. */
export function zipfSampler(words: readonly string[], next: () => number, s = ZIPF_EXPONENT): () => string {
  if (words.length === 0) throw new Error('zipfSampler: empty vocabulary');
  const table = cumulativeWeights(words.length, s);
  const total = table[table.length - 1]!;
  return () => words[lowerBound(table, next() * total)]!;
}

/** Least-squares slope of log(frequency) against log(rank) of the given counts. */
export function logLogSlope(counts: readonly number[]): number {
  const sorted = counts.filter((c) => c > 0).sort((a, b) => b - a);
  const xs = sorted.map((_, i) => Math.log(i + 1));
  const ys = sorted.map((c) => Math.log(c));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}
