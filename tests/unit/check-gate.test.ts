import type { Loader, LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { afterCheck, closeGate } from '../../src/lib/content/check-gate.ts';

afterEach(() => closeGate(Promise.resolve()));

describe('content loaders wait for the build\'s content check', () => {
  it('loads only once the check has passed, and never when it fails', async () => {
    const loaded: string[] = [];
    const loader = (name: string): Loader => ({ name, load: async () => { loaded.push(name); } });
    let pass!: () => void;
    closeGate(new Promise<void>((resolve) => { pass = resolve; }));
    const first = afterCheck(loader('releases')).load({} as LoaderContext);
    await new Promise((r) => setTimeout(r, 20));
    expect(loaded).toEqual([]);
    pass();
    await first;
    expect(loaded).toEqual(['releases']);

    closeGate(Promise.reject(new Error('refused')));
    await expect(afterCheck(loader('agencies')).load({} as LoaderContext)).rejects.toThrow('refused');
    expect(loaded).toEqual(['releases']);
  });
});
