// Helpers that run inside the extension's service worker: open tabs (so the test knows their ids),
// read the toolbar badge and session storage, fire the context-menu item like a user's click would.
import type { Browser } from '@wxt-dev/browser';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';

/** Opens `url` in a new tab created by the extension, so the test knows the tab id. */
export async function openTab(session: ExtensionSession, url: string): Promise<{ page: Page; tabId: number }> {
  const pageEvent = session.context.waitForEvent('page', { timeout: 30_000 });
  const tabId = await session.sw.evaluate(async (target) => {
    const tab = await chrome.tabs.create({ url: target, active: true });
    return tab.id ?? -1;
  }, url);
  const page = await pageEvent;
  await page.waitForLoadState('domcontentloaded');
  return { page, tabId };
}

export async function badgeText(session: ExtensionSession, tabId: number): Promise<string> {
  return session.sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColor(session: ExtensionSession, tabId: number): Promise<number[]> {
  return session.sw.evaluate(async (id) => [...(await chrome.action.getBadgeBackgroundColor({ tabId: id }))], tabId);
}

/** Waits until the badge of `tabId` satisfies `accept` (content script → background is asynchronous). */
export async function waitForBadge(
  session: ExtensionSession,
  tabId: number,
  accept: (text: string) => boolean,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await badgeText(session, tabId);
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge of tab ${tabId} stayed "${text}"`);
}

export async function sessionStorage(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.sw.evaluate(() => chrome.storage.session.get(null));
}

export async function localStorageItems(session: ExtensionSession): Promise<Record<string, unknown>> {
  return session.sw.evaluate(() => chrome.storage.local.get(null));
}

export async function setLocalItems(session: ExtensionSession, items: Record<string, unknown>): Promise<void> {
  await session.sw.evaluate((values) => chrome.storage.local.set(values), items);
}

/**
 * Fires the context-menu item as Chromium would on a click, from inside the service worker. A dispatched
 * click grants no activeTab, which is why the tests cover board pages (content script present) and
 * the fallback (result stored for the popup) with it, and the native menu under Xvfb.
 */
export async function dispatchMenuClick(
  session: ExtensionSession,
  tabId: number,
  info: { menuItemId: string; selectionText?: string; frameId?: number; pageUrl?: string },
): Promise<void> {
  await session.sw.evaluate(
    async ({ id, clickInfo }) => {
      const tab = await chrome.tabs.get(id);
      const event = chrome.contextMenus.onClicked as unknown as {
        dispatch(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab): void;
      };
      event.dispatch({ editable: false, frameId: 0, ...clickInfo } as Browser.contextMenus.OnClickData, tab);
    },
    { id: tabId, clickInfo: info },
  );
}

export async function dispatchCommand(session: ExtensionSession, tabId: number, command: string): Promise<void> {
  await session.sw.evaluate(
    async ({ id, name }) => {
      const tab = await chrome.tabs.get(id);
      const event = chrome.commands.onCommand as unknown as { dispatch(command: string, tab: Browser.tabs.Tab): void };
      event.dispatch(name, tab);
    },
    { id: tabId, name: command },
  );
}
