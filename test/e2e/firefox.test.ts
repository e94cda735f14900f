// The Firefox (MV2) build in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi:
// popup paste box, options persistence, the content script's panel on a board fixture, and no
// request leaving loopback (page requests and a trap proxy that catches anything else).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { ROOT } from './harness/build';
import { fixtureServer, type FixtureServer } from './harness/server';
import { ensureFirefoxBuilt } from './firefox/build';
import { hasFirefox, launchFirefox, FIREFOX_PATH, type FirefoxSession } from './firefox/launch';
import { trapProxy, type TrapProxy } from './firefox/trap-proxy';

const AVAILABLE = hasFirefox();
if (!AVAILABLE && process.env.CI === 'true') throw new Error(`Firefox e2e: ${FIREFOX_PATH} is missing in CI (apt-get install firefox-esr)`);
if (!AVAILABLE) console.warn(`[firefox] skipped: ${FIREFOX_PATH} not found (install firefox-esr, or set ROLELENS_FIREFOX)`);

const ZHIPIN_DIR = join(ROOT, 'test/fixtures/sites/zhipin');
const DETAIL_URL: string = JSON.parse(readFileSync(join(ZHIPIN_DIR, 'expected.json'), 'utf8')).detail.url;
const BOARD_HOST = new URL(DETAIL_URL).hostname;

function isLoopbackOrInternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['moz-extension:', 'about:', 'data:', 'blob:', 'resource:', 'chrome:'].includes(protocol)) return true;
  // The board host resolves to 127.0.0.1 through network.dns.localDomains.
  return ['127.0.0.1', 'localhost', '[::1]', BOARD_HOST].includes(hostname);
}

describe.skipIf(!AVAILABLE)('Firefox build (MV2) in Firefox ESR', () => {
  let server: FixtureServer;
  let trap: TrapProxy;
  let session: FirefoxSession;
  const requested: string[] = [];

  async function open(url: string): Promise<Page> {
    const page = await session.browser.newPage();
    page.on('request', (req: HTTPRequest) => void requested.push(req.url()));
    if (url.startsWith('moz-extension:')) {
      // Firefox moves the tab to the extension process and puppeteer's navigation tracking loses
      // the load event (a NavigationManager error in Firefox's remote agent), so the caller waits
      // for the page's own elements instead of goto's promise.
      void page.goto(url).catch(() => undefined);
    } else {
      await page.goto(url, { waitUntil: 'load' });
    }
    return page;
  }

  /** Waits for an extension page opened by `open`: its element, in a fully loaded document. */
  async function ready(page: Page, selector: string): Promise<void> {
    await page.waitForFunction(
      (sel) => location.protocol === 'moz-extension:' && document.readyState === 'complete' && document.querySelector(sel) !== null,
      { polling: 100 },
      selector,
    );
  }

  /** Reload without waiting on the navigation events (see open) and wait for the new document. */
  async function reload(page: Page, selector: string): Promise<void> {
    await page.evaluate(() => {
      (window as unknown as { rolelensOldDocument: boolean }).rolelensOldDocument = true;
      location.reload();
    });
    await page.waitForFunction(
      (sel) => !(window as unknown as { rolelensOldDocument?: boolean }).rolelensOldDocument && document.querySelector(sel) !== null,
      { polling: 100 },
      selector,
    );
  }

  beforeAll(async () => {
    // ROLELENS_FIREFOX_EXTENSION_DIR: test another unpacked Firefox build instead of building one.
    const build = process.env.ROLELENS_FIREFOX_EXTENSION_DIR ?? ensureFirefoxBuilt();
    const [extensionDir] = await Promise.all([build, (async () => {
      // Firefox cannot map a host to another port: the board fixture must be on 443.
      server = await fixtureServer([BOARD_HOST], { port: 443 });
      trap = await trapProxy();
    })()]);
    server.route(DETAIL_URL, readFileSync(join(ZHIPIN_DIR, 'detail.html'), 'utf8'));
    session = await launchFirefox(extensionDir, [BOARD_HOST], trap.port);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await trap?.close();
  });

  it('popup: the paste box analyses text, showing the score and the domain sections', async () => {
    const popup = await open(session.extUrl('popup.html?view=last'));
    await ready(popup, '.rl-paste textarea');
    await popup.type(
      '.rl-paste textarea',
      'Responsibilities:\n- Grow brand awareness through PR and events.\n- Own the sign-up conversion funnel and run A/B tests.',
    );
    await popup.click('.rl-paste button[type=submit]');
    await popup.waitForSelector('.rl-paste__result .rl-analysis');
    const label = await popup.$eval('.rl-paste__result .rl-gauge', (e) => e.getAttribute('aria-label'));
    expect(label).toMatch(/^Mix score \d+ out of 100: /);
    const sections = await popup.$$eval('.rl-paste__result .rl-section', (els) => els.map((e) => (e as HTMLElement).dataset.domain));
    expect(sections).toEqual(expect.arrayContaining(['marketing', 'operations']));
    expect(await popup.$$eval('.rl-paste__result .rl-duty', (els) => els.length)).toBe(2);
    await popup.close();
  });

  it('options: a changed setting survives a reload (browser.storage in Firefox)', async () => {
    const page = await open(session.extUrl('options.html'));
    await ready(page, 'input[name="tint"]');
    const before = await page.$eval('input[name="tint"]', (e) => (e as HTMLInputElement).checked);
    await page.click('input[name="tint"]');
    await page.waitForFunction((was) => (document.querySelector('input[name="tint"]') as HTMLInputElement).checked !== was, {}, before);
    // Saving is asynchronous: wait until storage holds the new value before reloading.
    await page.waitForFunction(
      async (was) => {
        const { settings } = await (globalThis as any).browser.storage.local.get('settings');
        return settings?.tintDuties === !was;
      },
      { polling: 100 },
      before,
    );
    await reload(page, 'input[name="tint"]');
    expect(await page.$eval('input[name="tint"]', (e) => (e as HTMLInputElement).checked)).toBe(!before);
    await page.close();
  });

  it('content script: the panel appears on a zhipin detail page served at its real https URL', async () => {
    const page = await open(DETAIL_URL);
    await page.waitForSelector('rolelens-panel', { timeout: 20_000 });
    expect(server.requests.some((r) => r.host === BOARD_HOST && DETAIL_URL.endsWith(r.path))).toBe(true);
    await page.close();
  });

  it('no request left loopback: page requests and the trap proxy', async () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !isLoopbackOrInternal(url))).toEqual([]);
    expect([...new Set(trap.hits)]).toEqual([]);
    // The trap is live: a request for a non-local host lands there (and goes nowhere else).
    const page = await open(DETAIL_URL);
    await page.evaluate(() => fetch('https://trap-check.example.invalid/').catch(() => undefined));
    expect(trap.hits).toContain('CONNECT trap-check.example.invalid:443 HTTP/1.1');
    await page.close();
  });
});
