import { describe, expect, it } from 'vitest';
import { astroContentLayer, collectAfterSync } from '../../src/integrations/collect-after-sync.ts';
import { astroNodeArgs, HEAP_GROWING_PERCENT, nodeTakes, oldSpaceMib, SEMI_SPACE_MIB } from '../../scripts/build-env.ts';

type Hook = (opts: { logger: { info: (line: string) => void } }) => void;
type Layer = ReturnType<typeof astroContentLayer>;
const start = (gc?: () => void, layer: () => Layer = () => undefined) => collectAfterSync(gc, layer).hooks['astro:build:start'] as unknown as Hook;
const logged = (hook: Hook) => { const lines: string[] = []; hook({ logger: { info: (line) => lines.push(line) } }); return lines; };
const GIB = 2 ** 30;

describe('what the content sync leaves, let go before the bundling starts', () => {
  it('collects once when the build starts, and says how far the heap went down', () => {
    let runs = 0;
    const lines = logged(start(() => { runs++; }));
    expect(runs).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^heap after the content sync: \d+ → \d+ MiB$/)]);
  });

  it('disposes of the content layer Astro keeps after the sync, before collecting, and says so', () => {
    const calls: string[] = [];
    let instance: object | null = {};
    const layer = { get: () => instance, dispose: () => { calls.push('dispose'); instance = null; } };
    const lines = logged(start(() => calls.push('gc'), () => layer));
    expect(calls).toEqual(['dispose', 'gc']);
    expect(lines[0]).toMatch(/^heap after the content sync: \d+ → \d+ MiB \(the content layer's store released\)$/);
  });

  it('leaves a content layer alone that is not there (nothing synced)', () => {
    let disposed = 0;
    const lines = logged(start(() => {}, () => ({ get: () => null, dispose: () => { disposed++; } })));
    expect(disposed).toBe(0);
    expect(lines[0]).not.toContain('released');
  });

  it('finds the singleton where this version of Astro keeps it (the same module Astro uses)', () => {
    const layer = astroContentLayer();
    expect(layer).toBeDefined();
    expect(layer!.get()).toBeNull(); // no sync in this process
  });

  it('does nothing but release the store where Node does not expose the collector (a bare astro build)', () => {
    expect(logged(start(undefined))).toEqual([]);
  });
});

describe("Node's options for Astro's process (npm run build)", () => {
  it('exposes the collector, caps the semi-space and sets the heap ceiling from the machine, after none of the caller\'s', () => {
    expect(astroNodeArgs(['--cpu-prof'], 24 * GIB, '', () => true)).toEqual([
      '--expose-gc', `--max-semi-space-size=${SEMI_SPACE_MIB}`, '--max-old-space-size=18432', `--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--cpu-prof',
    ]);
  });

  it('leaves out a V8 option this Node does not take (Node would refuse to start)', () => {
    expect(astroNodeArgs([], 24 * GIB, '', () => false)).not.toContainEqual(expect.stringMatching(/^--heap-growing-percent/));
    expect(nodeTakes(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)).toBe(true);
    expect(nodeTakes('--heap-growing-percnt=35')).toBe(false);
  });

  it("keeps the caller's own choice, from the command line or NODE_OPTIONS", () => {
    expect(astroNodeArgs(['--expose-gc', '--max-semi-space-size=64', '--heap-growing-percent=50'], 24 * GIB, '--max-old-space-size=2048'))
      .toEqual(['--expose-gc', '--max-semi-space-size=64', '--heap-growing-percent=50']);
  });

  it('never sets the ceiling below V8\'s own default', () => {
    expect(oldSpaceMib(4 * GIB)).toBe(4096);
    expect(oldSpaceMib(16 * GIB)).toBe(12288);
  });
});
