import { expect, it } from 'vitest';
import { hotspots } from '../../scripts/bench/cpu-profile.ts';

it('adds up self time per function and filters by URL', () => {
  const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9 });
  const profile = {
    nodes: [{ id: 1, callFrame: frame('render', 'file:///x/src/lib/a.ts') }, { id: 2, callFrame: frame('parse', 'file:///x/node_modules/p/i.js') }, { id: 3, callFrame: frame('render', 'file:///x/src/lib/a.ts') }],
    samples: [1, 2, 3, 1, 2],
    timeDeltas: [1000, 5000, 2000, 1000, 1000],
  };
  expect(hotspots(profile)).toEqual([
    { fn: 'parse', where: 'node_modules/p/i.js:10', selfMs: 6 },
    { fn: 'render', where: 'src/lib/a.ts:10', selfMs: 4 },
  ]);
  expect(hotspots(profile, (u) => u.includes('/src/')).map((h) => h.fn)).toEqual(['render']);
});
