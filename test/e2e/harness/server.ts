// A local HTTPS server for the real-browser tests. Chromium maps the boards' real hostnames to it
// (--host-resolver-rules), so the extension's production `https://` match patterns are what is
// tested. The certificate is made here, per run; nothing is fetched from outside.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface ServedRequest {
  host: string;
  path: string;
}

export interface FixtureServer {
  port: number;
  /** Hostnames the server answers for (the browser maps each of them to 127.0.0.1:port). */
  hosts: string[];
  /** Serve `body` at `url` (scheme ignored; host and path, optionally with its query, must match). */
  route(url: string, body: string, contentType?: string): void;
  /** Requests the server received, in order. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

function routeKey(host: string, pathWithQuery: string): string {
  return `${host.toLowerCase()}${pathWithQuery}`;
}

/** Hosts served in every run besides the boards': a non-board page for the generic adapter and right-click. */
export const EXTRA_HOSTS = ['careers.example.test', 'notes.example.test'];

/** `port` 0 (default) picks a free port; Firefox, which cannot remap ports, needs 443. */
export async function fixtureServer(hosts: readonly string[], options: { port?: number } = {}): Promise<FixtureServer> {
  const allHosts = [...new Set([...hosts, ...EXTRA_HOSTS].map((h) => h.toLowerCase()))];
  const pems = await generate([{ name: 'commonName', value: 'role-lens-fixtures.test' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: allHosts.map((value) => ({ type: 2, value })) }],
  });
  const routes = new Map<string, { body: string; type: string }>();
  const requests: ServedRequest[] = [];

  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path });
    const found = routes.get(routeKey(host, path)) ?? routes.get(routeKey(host, path.replace(/\?.*$/, '')));
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));

  return {
    port: (server.address() as AddressInfo).port,
    hosts: allHosts,
    requests,
    route(url, body, type = 'text/html; charset=utf-8') {
      const parsed = new URL(url);
      routes.set(routeKey(parsed.host, parsed.pathname + parsed.search), { body, type });
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
