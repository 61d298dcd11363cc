import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.ts';
import { FIXTURE_DIST } from '../support/fixture.ts';
import { read } from '../support/dist.ts';
import { headersFor, parseHeaders } from '../../src/lib/security/policy.ts';

// The fixture is built for "/"; served under a base path, the mapping of paths is what is tested.
let server: Server;
let url: string;
beforeAll(async () => ({ server, url } = await startServer(FIXTURE_DIST, 0, '127.0.0.1', '/press/')));
afterAll(() => server?.close());

describe('scripts/serve.ts under a base path', () => {
  it('serves the site below the base path with the _headers headers', async () => {
    const response = await fetch(`${url}/press/en/`);
    expect(response.status).toBe(200);
    const expected = headersFor(parseHeaders(read('_headers')), '/en/');
    expect(response.headers.get('content-security-policy')).toBe(expected['Content-Security-Policy']);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 with the language 404 page below the base, the root one elsewhere', async () => {
    const inLang = await fetch(`${url}/press/en/missing/`);
    expect(inLang.status).toBe(404);
    expect(await inLang.text()).toBe(read('en/404.html'));
    const outside = await fetch(`${url}/en/`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe(read('404.html'));
  });

  it('survives a malformed URL', async () => {
    expect((await fetch(`${url}/press/%E0%A4%A/`)).status).toBe(400);
    expect((await fetch(`${url}/press/en/`)).status).toBe(200);
  });
});

describe('scripts/serve.ts on a busy port', () => {
  it('says so in one line, with the way out, and exits 1', async () => {
    const { spawnSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { ROOT } = await import('../support/fixture.ts');
    const port = Number(new URL(url).port);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/serve.ts'), FIXTURE_DIST, '--port', String(port)], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`Port ${port} is already in use (is the site already being served?). Stop that server, or serve on another port: npm start -- --port ${port + 1} (or npm run serve -- --port ${port + 1})`]);
  }, 30_000);
});
