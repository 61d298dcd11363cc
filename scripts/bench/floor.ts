/**
 * A lower bound on our cold build's wall time on this machine, from parts measured in the same run:
 * bare Astro's own cold build (fewer pages than ours, no cards, no search), drawing the social cards
 * alone (no Astro, no writes), and a plain Pagefind over our output. Each is work a cold build of
 * ours cannot skip; even with every core busy the whole time the build takes at least their CPU
 * divided by the cores. When that is over the cold budget, no overlap or tuning of ours meets it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../../src/i18n/format.ts';
import { findLocale } from '../../src/i18n/locales.ts';
import { CARD_SHAPES, drawCard, type Card } from '../../src/lib/outputs/og-card.ts';

export interface FloorParts { bareAstroCpuMs: number; cardsCpuMs: number; pagefindCpuMs: number }

/** The parts' CPU together, and the least wall time it takes on `cores` cores. */
export function coldFloor(parts: FloorParts, cores: number): { cpuMs: number; wallMs: number } {
  if (!(cores >= 1)) throw new Error(`coldFloor: ${cores} cores`);
  const cpuMs = parts.bareAstroCpuMs + parts.cardsCpuMs + parts.pagefindCpuMs;
  return { cpuMs, wallMs: Math.round(cpuMs / cores) };
}

/** Every `count`-th release file of a generated corpus, spread over its languages and years; `count` at most. */
export function sampleFiles(files: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, i) => i % step === 0).slice(0, count);
}

/** The card text of a corpus release, as the card route makes it (title, agency in the release's language, date). */
export function corpusCard(text: string, lang: string, agencies: Map<string, Record<string, string>>, siteName: string): Card {
  const data = parse(text.split(/^---$/m)[1]!) as { title: string; agency: string; date: Date | string };
  const agency = agencies.get(data.agency)?.[lang];
  if (!agency) throw new Error(`corpusCard: no ${lang} name for agency ${data.agency}`);
  // Dates are formatted in UTC here: the zone moves the day, not the cost of drawing it.
  return { title: data.title, agency, date: formatDate(new Date(data.date), 'UTC', lang), siteName, dir: findLocale(lang)?.dir ?? 'ltr' };
}

/**
 * CPU of drawing the card and its three shapes for `sample` releases of the corpus in `dir`, in
 * this process (sharp's threads included), per image: the cards' share of a cold build.
 */
export async function cardCpuPerImage(dir: string, sample: number): Promise<{ images: number; cpuMsPerImage: number }> {
  const agencies = new Map((parse(readFileSync(join(dir, 'agencies.yml'), 'utf8')) as { id: string; name: Record<string, string> }[]).map((a) => [a.id, a.name]));
  const root = join(dir, 'releases');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).sort();
  const cards = sampleFiles(files, sample).map((f) => corpusCard(readFileSync(join(root, f), 'utf8'), f.split(/[\\/]/)[0]!, agencies, 'Press center'));
  const shapes = Object.keys(CARD_SHAPES) as (keyof typeof CARD_SHAPES)[];
  // The first cards start Pango and its fonts: once per build, not per card.
  for (const c of cards.slice(0, 5)) await drawCard(c);
  const before = process.cpuUsage();
  for (const c of cards) {
    await drawCard(c);
    for (const shape of shapes) await drawCard({ ...c, shape });
  }
  const used = process.cpuUsage(before);
  const images = cards.length * (1 + shapes.length);
  return { images, cpuMsPerImage: (used.user + used.system) / 1000 / images };
}
