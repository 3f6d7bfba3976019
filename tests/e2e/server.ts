/**
 * The local test server: serves the fixture pages in tests/e2e/pages on
 * 127.0.0.1 (ephemeral port) and records every request it receives.
 *
 * Routes: /<name>.html → pages/<name>.html; /spa/ and /spa/<anything> →
 * pages/spa.html (so a reload of a pushState URL still works); everything
 * else 404. Pages are served with a strict CSP that allows only inline
 * scripts/styles, so a fixture can never pull a third-party resource.
 *
 * Also exported: a "trap" proxy. Browsers are started with it as their
 * HTTP(S) proxy, so any request to a host other than the local server lands
 * here and is recorded (the privacy check asserts that none does).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');

export interface Served {
  method: string;
  path: string;
  status: number;
}

export interface TestServer {
  origin: string;
  port: number;
  url(p: string): string;
  requests: Served[];
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function closer(server: http.Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

export function pageFile(urlPath: string): string | null {
  if (urlPath === '/spa' || urlPath.startsWith('/spa/')) return 'spa.html';
  const m = /^\/([a-z0-9-]{1,40}\.html)$/.exec(urlPath);
  return m ? m[1]! : null;
}

export async function startTestServer(): Promise<TestServer> {
  const requests: Served[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = pageFile(url.pathname);
    const done = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status });
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self'",
      });
      res.end(body);
    };
    if (!file) return done(404, 'not found');
    readFile(path.join(PAGES_DIR, file)).then(
      (buf) => done(200, buf, 'text/html; charset=utf-8'),
      () => done(404, 'not found'),
    );
  });
  const port = await listen(server);
  const origin = `http://127.0.0.1:${port}`;
  return { origin, port, url: (p) => origin + (p.startsWith('/') ? p : '/' + p), requests, close: closer(server) };
}

export interface TrapProxy {
  port: number;
  /** Every request that reached the proxy: "CONNECT host:443" or "GET http://host/path". */
  hits: string[];
  close(): Promise<void>;
}

/** A proxy that forwards nothing: it records each request and answers 403. */
export async function startTrapProxy(): Promise<TrapProxy> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(403);
    res.end();
  });
  server.on('connect', (req, socket) => {
    hits.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const port = await listen(server);
  return { port, hits, close: closer(server) };
}
