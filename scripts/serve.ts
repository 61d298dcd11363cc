/**
 * Serves a built site exactly as a static host would: files from dist/ under
 * the base path, the headers of dist/_headers (the CSP included), and the 404
 * pages: /<lang>/404.html for unknown paths under /<lang>/, else /404.html.
 * Usage: node scripts/serve.ts [dir] [--port 4321 | -p 4321]; BASE_PATH as for the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { basePath } from '../src/config.ts';
import { headersFor, parseHeaders } from '../src/lib/security/policy.ts';
import { say } from '../src/i18n/messages.ts';
import { portOf, readCli } from '../src/lib/tools/cli-args.ts';

function sendNotFound(root: string, rest: string, res: ServerResponse): void {
  const lang = /^([a-z]{2,3}(?:-[a-z0-9]+)*)\//i.exec(rest)?.[1];
  const page = [lang && join(root, lang, '404.html'), join(root, '404.html')].find((f) => f && existsSync(f));
  res.statusCode = 404;
  res.setHeader('content-type', page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
  res.end(page ? readFileSync(page) : 'Not found');
}

/** Starts a server for the built site in `dir`; resolves with it and its URL (base path not included). */
export function startServer(dir: string, port = 0, host = '127.0.0.1', base = basePath): Promise<{ server: Server; url: string }> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  // Hosts read _headers; so does this server, so the two cannot drift apart.
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(root, { dev: false, etag: true, dotfiles: false });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try { path = decodeURIComponent(url.pathname); } catch { res.statusCode = 400; return res.end('Bad request'); }
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    if (!url.pathname.startsWith(base)) return sendNotFound(root, '', res);
    const rest = url.pathname.slice(base.length);
    req.url = `/${rest}${url.search}`;
    files(req, res, () => sendNotFound(root, rest, res));
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      done({ server, url: `http://${host}:${actual}` });
    });
  });
}

/** The one line said when the port is taken, with the way out. */
export const busyPortMessage = (port: number): string =>
  `Port ${port} is already in use (is the site already being served?). Stop that server, or serve on another port: npm start -- --port ${port + 1} (or npm run serve -- --port ${port + 1})`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = readCli<{ port?: string }>({ port: { type: 'string', short: 'p' } }, 'cli.usageServe', true);
  const port = portOf(values.port ?? '4321');
  if (port === undefined || positionals.length > 1) {
    console.error(`${port === undefined ? say('cli.badPort', { value: values.port ?? '' }) : say('cli.extraArgument', { option: positionals[1]! })}\n${say('cli.usageServe')}`);
    process.exit(2);
  }
  const dir = positionals[0] ?? 'dist';
  if (!existsSync(join(dir, '_headers'))) console.warn(`${dir}/_headers is missing: serving without security headers (run npm run build)`);
  try {
    const { url } = await startServer(dir, port);
    console.log(`Serving ${dir} at ${url}${basePath} (Ctrl+C to stop)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(busyPortMessage(port));
    process.exit(1);
  }
}
