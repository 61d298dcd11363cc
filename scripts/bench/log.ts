/**
 * Phases of an `astro build` from its log. Astro stamps lines with whole
 * seconds only, so the benchmark stamps each line itself (milliseconds since
 * the build started) as it arrives, and phases are the gaps between marker lines.
 */

/** One log line and when the benchmark received it (ms since spawn). */
export interface LogLine { t: number; text: string }

/** Phase name → [start marker, end marker]; the end is the first match after the start. */
export const PHASES: Record<string, [RegExp, RegExp]> = {
  /** Content layer: reading, parsing and validating every release (cached between builds). */
  contentSync: [/\[content\] Syncing content/, /\[content\] Synced content/],
  /** Vite bundling of pages, scripts and styles. */
  bundling: [/Building static entrypoints/, /Rearranging server assets|generating static routes/],
  /** Rendering every page (Markdown to HTML happens here or in content sync, as cached). */
  pageGeneration: [/generating static routes/, /✓ Completed in/],
  /** sharp resizing of images referenced by pages. */
  imageOptimisation: [/generating optimized images/, /✓ Completed in/],
  /** Pagefind indexing dist/ (src/integrations/pagefind.ts logs its start and end). */
  searchIndexing: [/\[press-pagefind\] indexing/, /\[press-pagefind\] read \d+ pages/],
};

/** Milliseconds per phase, or null when the log has no such phase (e.g. no images). */
export function parsePhases(lines: readonly LogLine[]): Record<string, number | null> {
  // Until the first content line: Node and Vite start-up, config hooks (the safe-Markdown check).
  const first = lines.find((l) => PHASES.contentSync![0].test(l.text));
  const out: Record<string, number | null> = { startup: first ? Math.round(first.t) : null };
  for (const [name, [start, end]] of Object.entries(PHASES)) {
    const i = lines.findIndex((l) => start.test(l.text));
    const j = i < 0 ? -1 : lines.findIndex((l, k) => k > i && end.test(l.text));
    out[name] = i >= 0 && j >= 0 ? Math.round(lines[j]!.t - lines[i]!.t) : null;
  }
  return out;
}

/** Pages Astro reports ("1590 page(s) built in 23.50s"), or null. */
export function pagesBuilt(lines: readonly LogLine[]): number | null {
  for (const l of lines) {
    const m = /(\d+) page\(s\) built in/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * What a failed build's log says went wrong, in one line: the error's name and the line after
 * "Caused by:" when the log has one (Astro prints its own error name first and the real cause a
 * few lines down, under the stack trace), else the last lines of the log.
 */
export function failureCause(lines: readonly string[]): string {
  const text = lines.map((l) => l.trim()).filter((l) => l && !/^BENCH-CPU |^Command exited with/.test(l));
  const name = text.map((l) => /^\[?([A-Z]\w*Error)\]?(?::\s*(.*))?$/.exec(l)).find(Boolean);
  const causedAt = text.findIndex((l) => l === 'Caused by:');
  const cause = causedAt >= 0 ? text[causedAt + 1] : name?.[2];
  if (name && cause) return `${name[1]}: ${cause}`;
  return text.slice(-4).join(' ');
}
