import { existsSync } from 'node:fs';
import { FIXTURE_DIST, buildFixture } from './fixture.ts';

/** Builds the fixture site once per run. FIXTURE_REUSE=1 keeps an existing build (local iteration only). */
export default function setup(): void {
  if (process.env.FIXTURE_REUSE === '1' && existsSync(FIXTURE_DIST)) return;
  buildFixture();
}
