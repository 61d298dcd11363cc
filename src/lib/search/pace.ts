/**
 * When the search page searches what is being typed. While searches are quick,
 * at once: the query is searched on each key (or right after the running
 * search), so the results follow the typing; a pause would only add to the
 * wait after the last key. While the index is still loading, or once searches
 * are slow (a slow link, whose index and result texts arrive slowly), after a
 * pause a little longer than this reader's gap between keys, so the link and
 * the worker are not spent on queries the next key makes stale. Pure: the
 * caller gives the times.
 */

/** A query of one or two letters matches most of the archive: wait for a real pause before searching it. */
export const SHORT_QUERY_DELAY = 300;
/** Bounds of the pause that follows the reader's rhythm. */
export const TYPING_DELAY = { min: 40, max: 180 };
/** A search that took longer than this (whole index loaded, to results shown) counts as slow. */
export const SLOW_SEARCH = 250;
/** Gaps between keys longer than this are pauses, not typing rhythm. */
const RHYTHM_GAP = 1000;

export class TypingPace {
  private lastKey = 0;
  /** Until the reader's rhythm is known, an ordinary one. */
  private gap = 140;
  /** How long searches take: the last one's time, or half the one before if longer. */
  private took = 0;
  /** Whether the whole index (every shard) has loaded: before, a search also waits for it. */
  whole = false;

  /** Milliseconds to wait before searching `q`, typed at `at` (ms). */
  pause(q: string, at: number): number {
    if (this.lastKey && at - this.lastKey < RHYTHM_GAP) this.gap = 0.6 * this.gap + 0.4 * (at - this.lastKey);
    this.lastKey = at;
    if ([...q].length < 3) return SHORT_QUERY_DELAY;
    if (this.whole && this.took <= SLOW_SEARCH) return 0;
    return Math.min(TYPING_DELAY.max, Math.max(TYPING_DELAY.min, this.gap * 1.25));
  }

  /** A search started on the whole index took `ms` until its results were shown: one slow search makes the pace slow, quick ones bring it back. */
  searched(ms: number): void {
    this.took = Math.max(ms, this.took / 2);
  }
}
