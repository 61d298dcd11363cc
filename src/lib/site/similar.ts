/**
 * "Similar releases": for each release, other releases of its language that
 * share the most with it. Pure, so it can be unit tested without Astro.
 *
 * Score of a candidate = 3 × shared topics + 2 × shared countries + 1 if the
 * same agency. A candidate needs at least MIN_SCORE (a shared topic or
 * country: the agency alone does not make two releases related). Highest
 * score first; ties go to the newer release, then to the smaller id.
 * Left out: the release itself, its translations (other languages are never
 * candidates) and the releases already among its hand-set related links.
 *
 * Scale: candidates come from inverted lists (agency → releases, topic →
 * releases, country → releases), each in date order. Only the WINDOW releases
 * nearest in date on either side in each list are scored, so the work per
 * release is bounded by (its topics + countries + 1) × 2 × WINDOW and the
 * whole build is linear in the number of releases. Lists shorter than that
 * (every list of a site of a few hundred releases) are scored completely.
 */
import { facetKeys } from './group.ts';
import type { EntryLike, Release } from '../content/release.ts';

export const WEIGHTS = { topic: 3, country: 2, agency: 1 } as const;
export const MIN_SCORE = 2;
export const LIMIT = 5;
export const WINDOW = 100;

interface Options {
  limit?: number;
  window?: number;
}

/** Similar releases per release id, for every language of `byLang` (lists newest first). */
export function similarReleases<E extends EntryLike, R extends Release<E>>(byLang: Map<string, R[]>, options: Options = {}): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const releases of byLang.values()) {
    for (const [id, list] of similarInLanguage(releases, options)) out.set(id, list);
  }
  return out;
}

/** One language's lists: `releases` newest first, so list positions are date order. */
function similarInLanguage<R extends Release>(releases: R[], { limit = LIMIT, window = WINDOW }: Options): Map<string, R[]> {
  // Inverted lists of release positions, and where each release sits in each of its lists.
  const lists = new Map<string, number[]>();
  const memberships: { list: number[]; at: number; weight: number }[][] = releases.map((r, i) => {
    const keys = facetKeys(r);
    const features = (['agency', 'topic', 'country'] as const).flatMap((f) => keys[f].map((key) => [`${f}:${key}`, WEIGHTS[f]] as const));
    return features.map(([feature, weight]) => {
      let list = lists.get(feature);
      if (!list) lists.set(feature, (list = []));
      list.push(i);
      return { list, at: list.length - 1, weight };
    });
  });

  const out = new Map<string, R[]>();
  const scores = new Int32Array(releases.length);
  const touched: number[] = [];
  releases.forEach((r, i) => {
    for (const { list, at, weight } of memberships[i]!) {
      const end = Math.min(list.length, at + window + 1);
      for (let k = Math.max(0, at - window); k < end; k++) {
        const j = list[k]!;
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = scores[j]! + weight;
      }
    }
    const handSet = new Set(r.data.related.flatMap((item) => ('release' in item ? [item.release] : [])));
    // Positions are newest first, so a smaller position wins a tie.
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    const best: number[] = [];
    for (const j of touched) {
      if (scores[j]! < MIN_SCORE || handSet.has(releases[j]!.key)) continue;
      if (best.length === limit && !before(j, best[limit - 1]!)) continue;
      // Keep the best `limit` in order: a few comparisons per candidate instead of a sort.
      let at = best.length === limit ? limit - 1 : best.length;
      while (at > 0 && before(j, best[at - 1]!)) {
        best[at] = best[at - 1]!;
        at -= 1;
      }
      best[at] = j;
    }
    out.set(r.id, best.map((j) => releases[j]!));
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
  return out;
}
