/**
 * What a deploy run must do, decided from what is live and what changed (the
 * deploy workflow's first job; docs/deploy.md). Pure functions over plain data so
 * the workflow needs no `npm install` to decide: it runs every few minutes for
 * embargoes, and most of those runs end here.
 */

/** What the live site says about itself: `deployed.json`, written by the workflow next to the site. */
export interface Deployed {
  /** The commit the live site was built from. */
  commit: string;
  /** The moment its build checked embargoes against (PRESS_BUILD_TIME). */
  buildTime: string;
}

export interface Plan {
  build: boolean;
  /** Run the whole test suite (code changed); otherwise `npm run check` and the build's own gates. */
  full: boolean;
  reason: string;
}

/** The embargo of a release file's frontmatter, or undefined (none, or a draft, which never publishes). */
export function embargoOf(text: string): Date | undefined {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (!front || /^draft:\s*true\b/m.test(front)) return undefined;
  // `npm run check` holds the field to an ISO date-time with offset, which Date parses.
  const value = /^embargo:\s*["']?([0-9][^"'\s#]*)/m.exec(front)?.[1];
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Embargoes that ended after `since` and by `now`: releases the live site does not show yet. */
export function embargoesDue(embargoes: readonly Date[], since: Date, now: Date): Date[] {
  return embargoes.filter((e) => e.getTime() > since.getTime() && e.getTime() <= now.getTime());
}

/** A change outside the content folder is a code change: it gets the whole test suite. */
export const codeChanged = (paths: readonly string[], contentDir = 'content'): boolean =>
  paths.some((p) => !p.startsWith(`${contentDir.replace(/\/$/, '')}/`));

export interface PlanInput {
  event: string;
  /** What the live site says, undefined when it cannot be read (first deploy, host down). */
  deployed?: Deployed;
  head: string;
  /** Paths changed from the deployed commit to head; undefined when that commit is unknown here. */
  changed?: readonly string[];
  embargoes: readonly Date[];
  now: Date;
}

export function plan(i: PlanInput): Plan {
  if (!i.deployed) return { build: true, full: true, reason: 'the live site does not say what it was built from' };
  const full = i.changed === undefined || codeChanged(i.changed);
  const what = i.changed === undefined ? 'the live commit is not in this history' : full ? 'code changed since the live build' : 'content only';
  if (i.event !== 'schedule') return { build: true, full, reason: `${i.event}: ${what}` };
  // GitHub keeps one pending run per concurrency group and cancels the older: a push's run
  // can be replaced by a scheduled one, which must then publish what the push brought.
  if (i.changed === undefined || i.changed.length > 0) return { build: true, full, reason: `commits not yet live; ${what}` };
  const due = embargoesDue(i.embargoes, new Date(i.deployed.buildTime), i.now);
  if (due.length) return { build: true, full, reason: `${due.length} embargo(es) ended since the live build (${i.deployed.buildTime}); ${what}` };
  return { build: false, full: false, reason: `no embargo ended since the live build (${i.deployed.buildTime})` };
}
