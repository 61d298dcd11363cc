import { describe, expect, it } from 'vitest';
import { collectAfterSync } from '../../src/integrations/collect-after-sync.ts';
import { astroNodeArgs } from '../../scripts/build-env.ts';

type Hook = (opts: { logger: { info: (line: string) => void } }) => void;
const start = (gc?: () => void) => collectAfterSync(gc).hooks['astro:build:start'] as unknown as Hook;

describe('a full collection between the content sync and the bundling', () => {
  it('collects once when the build starts, and says how far the heap went down', () => {
    let runs = 0;
    const lines: string[] = [];
    start(() => { runs++; })({ logger: { info: (line) => lines.push(line) } });
    expect(runs).toBe(1);
    expect(lines[0]).toMatch(/^heap after the content sync: \d+ → \d+ MiB$/);
  });

  it('does nothing where Node does not expose the collector (a bare astro build)', () => {
    const lines: string[] = [];
    start(undefined)({ logger: { info: (line) => lines.push(line) } });
    expect(lines).toEqual([]);
  });

  it('npm run build exposes the collector to Astro\'s process, keeping the caller\'s own options', () => {
    expect(astroNodeArgs(['--cpu-prof'])).toEqual(['--expose-gc', '--cpu-prof']);
    expect(astroNodeArgs(['--expose-gc'])).toEqual(['--expose-gc']);
  });
});
