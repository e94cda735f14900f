// The in-page panel and list chips (rendered in shadow roots like the content script does) in real
// Chromium: keyboard use and axe, in both languages and both colour schemes. Also proves the axe check
// is able to fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH, fixtureServer, hostResolverRules, requireChromium, type FixtureServer } from './harness';
import { buildGallery, galleryHtml } from './ui-gallery';
import { seriousAxeViolations } from './ui-support';

const HAS_CHROMIUM = requireChromium();
const BASE = 'https://notes.example.test';

describe.skipIf(!HAS_CHROMIUM)('in-page panel and chips', () => {
  let server: FixtureServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await fixtureServer([]);
    const bundle = await buildGallery();
    server.route(`${BASE}/gallery.js`, bundle.js, 'text/javascript; charset=utf-8');
    for (const lang of ['zh', 'en'] as const) {
      server.route(`${BASE}/panel-${lang}.html`, galleryHtml(bundle, { lang, scriptUrl: '/gallery.js' }));
    }
    server.route(`${BASE}/bad.html`, '<!doctype html><html lang="en"><head><title>Bad</title></head><body><button></button><img src="x.png"></body></html>');
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [`--host-resolver-rules=${hostResolverRules(server)}`, '--ignore-certificate-errors', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the axe check reports a page with real violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${BASE}/bad.html`);
    const found = await seriousAxeViolations(page);
    expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    await context.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`panel (${lang}, ${colorScheme}): keyboard, collapse, Esc closes, no serious axe finding`, async () => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(`${BASE}/panel-${lang}.html`);
        await page.waitForSelector('body[data-gallery-ready]');
        const panel = page.locator('#rolelens-host aside.rl-panel');
        await expect.poll(() => panel.isVisible()).toBe(true);
        expect(await seriousAxeViolations(page)).toEqual([]);

        // Tab reaches the panel's controls inside the shadow root.
        const collapse = panel.locator('button[aria-expanded]');
        await collapse.focus();
        await page.keyboard.press('Enter');
        await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('false');
        expect(await panel.locator('.rl-panel__body').count()).toBe(0);
        await page.keyboard.press('Enter');
        await expect.poll(() => collapse.getAttribute('aria-expanded')).toBe('true');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        // Tab order: collapse → close → tint checkbox → "see the full split".
        await expect.poll(() => page.getAttribute('body', 'data-open-full')).toBe('1');
        await page.keyboard.press('Escape');
        await expect.poll(() => panel.count()).toBe(0);
        expect(await page.locator('.rl-chip').count()).toBe(2);
        await context.close();
      });
    }
  }
});
