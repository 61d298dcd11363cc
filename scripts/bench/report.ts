/** The benchmark's tables: our builds, the baselines and the ratios, dist by kind. */
import type { FloorParts } from './floor.ts';
import type { RunResult } from './run.ts';

interface Base { bare: RunResult | { failed: string }; hugo: RunResult | null; bareFiles: { files: number; bytes: number } | null; hugoFiles: { files: number; bytes: number } | null }
export interface SizeRow {
  size: number; cold: RunResult; warm: RunResult; plusOne: RunResult; files: number; distBytes: number;
  byKind: Record<string, { files: number; bytes: number }>; baselines: Base | null;
  rendered: { output: { tables: number; footnotes: number; mdx: number }; source: { tables: number; footnotes: number; mdx: number } };
  floor?: Floor;
}
/** The cold build's floor and its parts (scripts/bench/floor.ts). */
export interface Floor extends FloorParts { cardMsPerImage: number; cores: number; cpuMs: number; wallMs: number }

const s = (ms: number | null | undefined) => (ms == null ? '–' : (ms / 1000).toFixed(1));
const mib = (b: number) => (b / 2 ** 20).toFixed(0);
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}×` : '–');

export function printReport(result: { machine: { cores: number; node: string; loadAverageAtEnd: number[] }; markdown: string; commit: string; sizes: SizeRow[]; sample?: { medianReleaseHtmlBytes: number; cssFilesBytes: number; byType: object }; budgets: { name: string; limit: string; value: string; met: boolean | null }[] }): void {
  const { machine, sizes } = result;
  console.log(`\nmachine: ${machine.cores} cores, Node ${machine.node}, load average at the end ${machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join(' ')}, markdown: ${result.markdown}, commit ${result.commit}\n`);
  console.log('Our build (wall s; CPU s = user + system of the whole tree; peak = RSS of the whole tree):');
  console.table(Object.fromEntries(sizes.map((r) => [r.size, {
    'cold s': s(r.cold.wallMs), 'cold CPU s': s(r.cold.cpuMs), 'unchanged s': s(r.warm.wallMs), '+1 release s': s(r.plusOne.wallMs), '+1 CPU s': s(r.plusOne.cpuMs),
    'peak MiB': mib(Math.max(r.cold.peakRssBytes, r.warm.peakRssBytes, r.plusOne.peakRssBytes)),
    files: r.files, 'dist MiB': mib(r.distBytes),
    'sync s': s(r.cold.phasesMs.contentSync), 'bundle s': s(r.cold.phasesMs.bundling), 'pages s': s(r.cold.phasesMs.pageGeneration), 'search s': s(r.cold.phasesMs.searchIndexing),
  }])));
  console.log('Phases of the one-new-release rebuild (s):');
  console.table(Object.fromEntries(sizes.map((r) => [r.size, Object.fromEntries(Object.entries(r.plusOne.phasesMs).map(([k, v]) => [k, s(v)]))])));
  const withBase = sizes.filter((r) => r.baselines);
  if (withBase.length) {
    console.log('Baselines on the same corpus, same run (cold builds):');
    console.table(Object.fromEntries(withBase.map((r) => {
      const b = r.baselines!;
      const bare = 'failed' in b.bare ? null : b.bare;
      if (!bare) console.log(`${r.size}: bare Astro failed: ${(b.bare as { failed: string }).failed}`);
      return [r.size, {
        'ours s': s(r.cold.wallMs), 'bare Astro s': bare ? s(bare.wallMs) : 'failed', 'Hugo s': s(b.hugo?.wallMs),
        'ours/bare': ratio(r.cold.wallMs, bare?.wallMs), 'ours/Hugo': ratio(r.cold.wallMs, b.hugo?.wallMs),
        'ours +1 / Hugo full': ratio(r.plusOne.wallMs, b.hugo?.wallMs),
        'ours CPU/bare CPU': ratio(r.cold.cpuMs ?? 0, bare?.cpuMs ?? undefined), 'ours CPU/Hugo CPU': ratio(r.cold.cpuMs ?? 0, b.hugo?.cpuMs ?? undefined),
        'peak MiB ours/bare/Hugo': `${mib(r.cold.peakRssBytes)} / ${bare ? mib(bare.peakRssBytes) : '–'} / ${b.hugo ? mib(b.hugo.peakRssBytes) : '–'}`,
        'files ours/bare/Hugo': `${r.files} / ${b.bareFiles?.files ?? '–'} / ${b.hugoFiles?.files ?? '–'}`,
      }];
    })));
  }
  const floored = sizes.filter((r) => r.floor);
  if (floored.length) {
    console.log("The cold build's floor: CPU it cannot skip (bare Astro's cold build, the cards drawn alone, a plain Pagefind over our output) ÷ cores:");
    console.table(Object.fromEntries(floored.map((r) => {
      const f = r.floor!;
      return [r.size, {
        'bare Astro CPU s': s(f.bareAstroCpuMs), 'cards CPU s': s(f.cardsCpuMs), 'ms a card': f.cardMsPerImage, 'Pagefind CPU s': s(f.pagefindCpuMs),
        'sum CPU s': s(f.cpuMs), cores: f.cores, 'floor s': s(f.wallMs), 'ours cold s': s(r.cold.wallMs), 'ours ÷ floor': ratio(r.cold.wallMs, f.wallMs),
      }];
    })));
  }
  for (const r of sizes) {
    console.log(`dist/ by kind at ${r.size} releases:`);
    console.table(Object.fromEntries(Object.entries(r.byKind).sort((a, b) => b[1].bytes - a[1].bytes).map(([k, v]) => [k, { files: v.files, MiB: +(v.bytes / 2 ** 20).toFixed(1), 'KB each': +(v.bytes / v.files / 1024).toFixed(1) }])));
    console.log(`${r.size}: release pages rendering tables ${r.rendered.output.tables}/${r.rendered.source.tables}, footnotes ${r.rendered.output.footnotes}/${r.rendered.source.footnotes}, MDX ${r.rendered.output.mdx}/${r.rendered.source.mdx}`);
  }
  if (result.sample) console.log(`sample site: median release HTML ${result.sample.medianReleaseHtmlBytes} B, CSS files ${result.sample.cssFilesBytes} B`);
  console.table(result.budgets.map((b) => ({ budget: b.name, limit: b.limit, measured: b.value, met: b.met === null ? 'n/a' : b.met ? 'yes' : 'NO' })));
}
