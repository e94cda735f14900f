// Launches Debian's Chromium with the built extension and the boards' hostnames mapped to the
// local fixture server, records every request the browser makes, and exposes the service worker.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureExtensionBuilt } from './build';
import type { FixtureServer } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/**
 * Real-browser suites call this at import time: without Chromium they are skipped with a message on a
 * developer machine, but in CI a missing browser is a failure, never a silent skip.
 */
export function requireChromium(): boolean {
  if (chromiumAvailable()) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`[e2e] skipped: ${message}`);
  return false;
}

export interface RecordedRequest {
  url: string;
  from: 'page' | 'service-worker' | 'worker-timing';
}

export interface ExtensionSession {
  context: BrowserContext;
  /** The extension's service worker (background). */
  sw: Worker;
  extensionId: string;
  extensionDir: string;
  /** Every request Chromium reported, from pages, frames and the service worker. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  server: FixtureServer;
  headless?: boolean;
  /** Extra Chromium flags (e.g. window size). */
  args?: string[];
}

/** `MAP host 127.0.0.1:port` for each served host, then refuse every other name so nothing can leave. */
export function hostResolverRules(server: FixtureServer): string {
  const rules = server.hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`);
  return [...rules, 'MAP * ~NOTFOUND'].join(', ');
}

export async function launchExtension({ server, headless = true, args = [] }: LaunchOptions): Promise<ExtensionSession> {
  const extensionDir = await ensureExtensionBuilt();
  const userDataDir = mkdtempSync(join(tmpdir(), 'rolelens-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostResolverRules(server)}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--disable-client-side-phishing-detection',
      '--no-first-run',
      '--no-default-browser-check',
      '--metrics-recording-only',
      '--lang=en-US',
      ...args,
    ],
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    const fromWorker = request.serviceWorker() !== null;
    requests.push({ url: request.url(), from: fromWorker ? 'service-worker' : 'page' });
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(sw.url()).host;
  return {
    context,
    sw,
    extensionId,
    extensionDir,
    requests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Resource URLs the service worker itself fetched (its own timeline), to catch what events miss. */
export async function serviceWorkerFetches(session: ExtensionSession): Promise<RecordedRequest[]> {
  const urls = await session.sw.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return urls.map((url) => ({ url, from: 'worker-timing' as const }));
}

/** Requests that went anywhere but the extension itself or the local fixture server. */
export function externalRequests(requests: readonly RecordedRequest[], server: FixtureServer): RecordedRequest[] {
  const local = new Set(server.hosts);
  return requests.filter(({ url }) => {
    const parsed = new URL(url);
    if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(parsed.protocol)) return false;
    if (parsed.protocol === 'https:' && local.has(parsed.hostname)) return false;
    if (parsed.hostname === '127.0.0.1' && parsed.port === String(server.port)) return false;
    return true;
  });
}

/**
 * The usual afterAll of a browser test file: close the browser and the server, and return every request
 * that left the local server during the whole file (the caller asserts it is empty).
 */
export async function closeAndCollectLeaks(session: ExtensionSession | undefined, server: FixtureServer | undefined): Promise<RecordedRequest[]> {
  let leaks: RecordedRequest[] = [];
  if (session && server) {
    leaks = externalRequests([...session.requests, ...(await serviceWorkerFetches(session))], server);
    await session.close();
  }
  await server?.close();
  return leaks;
}

export async function openPage(session: ExtensionSession, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}
