// What the extension put on a page, read from the page (open shadow roots), and page-side actions
// that stand in for a single-page app: client-side navigation and infinite scroll.
import type { Page } from 'playwright-core';

export interface ChipOnPage {
  domain: string;
  titleOnly: boolean;
  mix: string | null;
}

export async function panelMix(page: Page, timeoutMs = 15_000): Promise<string> {
  const number = page.locator('rolelens-panel .rl-gauge__number');
  await number.waitFor({ state: 'visible', timeout: timeoutMs });
  return (await number.textContent())?.trim() ?? '';
}

/** Waits until the panel shows `mix` (it may show an older posting's first). */
export async function waitForPanelMix(page: Page, mix: number, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const host = document.querySelector('rolelens-panel');
      return host?.shadowRoot?.querySelector('.rl-gauge__number')?.textContent?.trim() === String(expected);
    },
    mix,
    { timeout: timeoutMs },
  );
}

export async function chipsOnPage(page: Page): Promise<ChipOnPage[]> {
  return page.$$eval('rolelens-chip', (hosts) =>
    hosts.map((host) => {
      const chip = host.shadowRoot?.querySelector<HTMLElement>('.rl-chip');
      return {
        domain: chip?.dataset.domain ?? '',
        titleOnly: chip?.dataset.titleOnly === 'true',
        mix: chip?.querySelector('.rl-chip__mix')?.textContent ?? null,
      };
    }),
  );
}

export async function waitForChipCount(page: Page, count: number, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    (expected) => [...document.querySelectorAll('rolelens-chip')].filter((h) => h.shadowRoot?.querySelector('.rl-chip')).length === expected,
    count,
    { timeout: timeoutMs },
  );
}

/** Client-side navigation: the new URL by pushState, then the new page's head and body swapped in, inert. */
export async function spaNavigate(page: Page, html: string, url: string): Promise<void> {
  await page.evaluate(
    ({ markup, target }) => {
      const next = new DOMParser().parseFromString(markup, 'text/html');
      history.pushState({}, '', target);
      document.title = next.title;
      document.head.replaceChildren(...[...next.head.childNodes].map((n) => document.importNode(n, true)));
      document.body.replaceChildren(...[...next.body.childNodes].map((n) => document.importNode(n, true)));
    },
    { markup: html, target: url },
  );
}

/** Infinite scroll: copies of the last card that has a chip, appended after it, without our chip. */
export async function appendCardCopies(page: Page, copies: number): Promise<void> {
  await page.evaluate((n) => {
    const hosts = [...document.querySelectorAll('rolelens-chip')];
    const card = hosts[hosts.length - 1]?.parentElement;
    if (!card?.parentElement) throw new Error('no card with a chip to copy');
    for (let i = 0; i < n; i++) {
      const copy = card.cloneNode(true) as Element;
      copy.querySelectorAll('rolelens-chip').forEach((c) => c.remove());
      copy.removeAttribute('id');
      card.parentElement.append(copy);
    }
  }, copies);
}
