/**
 * A static server for a built site over a slow link, for scripts/search-bench.ts:
 * every request waits one round trip (two on a new connection, for its
 * handshake), and all responses share one link of the given bandwidth, sent in
 * 16 KiB slices. Text files are gzipped, as every static host does. Loopback only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml',
};
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);
const SLICE = 16 * 1024;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Link { rttMs: number; bytesPerSecond: number }

export async function startThrottledServer(dist: string, link: Link): Promise<{ server: Server; url: string }> {
  let linkFreeAt = 0;
  const fresh = new WeakSet<Socket>();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname));
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const newConnection = fresh.has(req.socket);
    fresh.delete(req.socket);
    await sleep(link.rttMs * (newConnection ? 2 : 1));
    if (!path.startsWith('/') || !existsSync(file)) { res.statusCode = 404; res.end(); return; }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    if (TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    for (let at = 0; at < body.length; at += SLICE) {
      const slice = body.subarray(at, at + SLICE);
      const now = performance.now();
      linkFreeAt = Math.max(now, linkFreeAt) + (slice.length / link.bytesPerSecond) * 1000;
      await sleep(linkFreeAt - now);
      res.write(slice);
    }
    res.end();
  });
  server.on('connection', (socket) => fresh.add(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
