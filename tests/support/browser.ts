/** A real browser: Debian's Chromium driven by playwright-core, and a local server for the fixture. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { FIXTURE_DIST } from './fixture.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export function chromiumPath(): string {
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error(`Chromium not found (tried ${CANDIDATES.join(', ')}); install it with: apt-get install chromium`);
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * For a test file: serves `dir` and launches Chromium before its tests, closes
 * both after. Read `site.browser` and `site.base` inside tests.
 */
export function useSite(dir = FIXTURE_DIST): { browser: Browser; base: string } {
  const site = { browser: undefined as unknown as Browser, base: '' };
  let close = () => {};
  beforeAll(async () => {
    const { server, url } = await startServer(dir, 0);
    close = () => server.close();
    site.base = url;
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    close();
  });
  return site;
}
