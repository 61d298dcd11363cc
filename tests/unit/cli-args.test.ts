import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setMessageLang } from '../../src/i18n/messages.ts';
import { parseCli, portOf } from '../../src/lib/tools/cli-args.ts';

const ROOT = join(import.meta.dirname, '../..');
const run = (script: string, args: string[], lang = 'ru') => spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
  cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { ...process.env, PRESS_MESSAGES_LANG: lang },
});

describe('command-line options of the tools', () => {
  it('answers --help with the usage and a wrong option with one line and the usage', () => {
    setMessageLang('en');
    expect(parseCli(['--help'], { lang: { type: 'string' } }, 'cli.usageNew')).toEqual({ exitCode: 0, text: expect.stringMatching(/^Usage: npm run new/) });
    const wrong = parseCli(['--langg', 'ru'], { lang: { type: 'string' } }, 'cli.usageNew');
    expect(wrong).toEqual({ exitCode: 2, text: expect.stringMatching(/^Unknown option --langg\.\nUsage: npm run new/) });
    expect(parseCli(['--lang'], { lang: { type: 'string' } }, 'cli.usageNew')).toMatchObject({ exitCode: 2, text: expect.stringMatching(/^The option --lang needs a value\./) });
    expect(parseCli(['--lang=tg'], { lang: { type: 'string' } }, 'cli.usageNew')).toEqual({ values: { lang: 'tg' }, positionals: [] });
  });

  it('takes only whole port numbers 1..65535', () => {
    expect([portOf('8080'), portOf('65535'), portOf('abc'), portOf('0'), portOf('8080x'), portOf('70000'), portOf('')]).toEqual([8080, 65535, undefined, undefined, undefined, undefined, undefined]);
  });

  it.each([
    ['new.ts', ['--help'], 0, /^Использование: npm run new/],
    ['new.ts', ['--bogus'], 2, /^Неизвестный параметр --bogus\.\nИспользование: npm run new/],
    ['import.ts', ['--nope', 'a.txt'], 2, /^Неизвестный параметр --nope\.\nИспользование: npm run import/],
    ['check.ts', ['--fast'], 2, /^Неизвестный параметр --fast\.\nИспользование: npm run check/],
    ['serve.ts', ['--port', 'abc'], 2, /^--port: «abc» — не номер порта/],
    ['serve.ts', ['-p', '99999'], 2, /^--port: «99999» — не номер порта/],
    ['serve.ts', ['--help'], 0, /^Использование: npm run serve/],
  ])('%s %s exits %i with a message, not a stack trace', (script, args, code, text) => {
    const r = run(script, args);
    expect(r.status).toBe(code);
    expect(r.stdout + r.stderr).toMatch(text);
    expect(r.stdout + r.stderr).not.toMatch(/ERR_|\n\s+at /);
  }, 30_000);

  it('serve reads --port=N and -p N (the port is used, not served as a folder)', async () => {
    const { createServer } = await import('node:net');
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as { port: number }).port;
    try {
      for (const args of [[`--port=${port}`], ['-p', String(port)]]) {
        const r = run('serve.ts', [join(ROOT, 'tests'), ...args], 'en');
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`Port ${port} is already in use`);
      }
    } finally { busy.close(); }
  }, 60_000);
});
