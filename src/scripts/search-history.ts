/**
 * The search page's history entries and title. Submitting or changing a filter
 * adds an entry; typing adds one on its first key and refines it on the rest,
 * and a typed search shown for a while is an entry of its own. Typing back to
 * the search the entry was added from (a word typed, then deleted) steps back
 * to that entry instead of leaving a copy of it behind. The title names the query.
 */

/** Results of a typed search shown this long without a key: the next key starts a new history entry. */
export const VISIT = 1000;

/** How a search is recorded: its own entry, replacing the current one, as typed, or not (a step through history). */
export type HistoryStep = 'push' | 'replace' | 'typed' | 'none';

export interface Titles {
  /** The page's own title, for no query. */
  plain: string;
  /** With `{query}` and `{title}`: ««консультации» — Поиск по пресс-релизам — …». */
  query: string;
}

export class SearchHistory {
  /** Whether the next typed search starts an entry of its own. */
  private committed = true;
  /** The search of the entry under the current one, when this page added the current one while typing. */
  private below: string | undefined;
  private visitTimer: ReturnType<typeof setTimeout> | undefined;
  /** A step back this page took itself: its popstate is not the reader's. */
  private stepping: (() => void) | undefined;

  constructor(private titles: Titles) {
    // Listens before the page does (registered first), so the page can tell its own steps from the reader's.
    addEventListener('popstate', () => {
      this.below = undefined;
      // The entry stepped to is a search of its own: typing there starts a new one.
      this.committed = true;
      clearTimeout(this.visitTimer);
    });
  }

  /** Whether this popstate is the page's own step back (then the form already shows that search). */
  ownStep(): boolean {
    const own = this.stepping;
    this.stepping = undefined;
    own?.();
    return own !== undefined;
  }

  /** Records the search whose query string is `search` (stateQuery) and query `q`; resolves once history shows it. */
  async record(search: string, q: string, how: HistoryStep): Promise<void> {
    document.title = q ? this.titles.query.replace('{query}', q).replace('{title}', this.titles.plain) : this.titles.plain;
    if (how === 'none' || search === location.search) return;
    if (how === 'typed' && !this.committed && search === this.below) {
      // Typed back to where typing started: that entry is the search, the one typing added is dropped.
      this.below = undefined;
      this.committed = true;
      await new Promise<void>((done) => { this.stepping = done; history.back(); });
      return;
    }
    const push = how === 'push' || (how === 'typed' && this.committed);
    if (push) this.below = how === 'typed' ? location.search : undefined;
    history[push ? 'pushState' : 'replaceState'](null, '', location.pathname + search);
    this.committed = how !== 'typed';
  }

  /** A key was typed: the search shown is being refined, not looked at. */
  typing(): void {
    clearTimeout(this.visitTimer);
  }

  /** A search's results are shown: looked at for VISIT ms, it keeps its entry. */
  shown(): void {
    clearTimeout(this.visitTimer);
    this.visitTimer = setTimeout(() => { this.committed = true; }, VISIT);
  }

  /** A submit or a filter covers the typed search: the next key starts a new entry. */
  commit(): void {
    this.committed = true;
  }
}
