// Messages from content scripts. Anything malformed, or from outside this extension, is dropped.
import { browser, type Browser } from '#imports';
import { ContentToBackgroundSchema, parseMessage, type ContentToBackground } from '../../messages';
import { getSettings, updateSettings } from '../../storage/settings';
import { setLastAnalysis, TabResultSchema } from '../../storage/tab-results';
import { openFullView } from './open-full';
import { acceptPageResult, clearPageResult } from './page-results';

export async function handleContentMessage(message: ContentToBackground, sender: Browser.runtime.MessageSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  switch (message.type) {
    case 'page-result':
      if (tabId === undefined || sender.frameId !== 0) return false; // only the top page owns the badge
      return (await acceptPageResult(tabId, message)) !== null;
    case 'page-cleared':
      if (tabId === undefined || sender.frameId !== 0) return false;
      await clearPageResult(tabId);
      return true;
    case 'selection-result': {
      const parsed = TabResultSchema.safeParse({ ...message, source: 'selection', at: Date.now() });
      if (!parsed.success) {
        console.warn('[role-lens] background: ignored a selection result that does not fit the schema', parsed.error.issues[0]);
        return false;
      }
      await setLastAnalysis(parsed.data);
      return true;
    }
    case 'set-collapsed': {
      const { collapsedSites } = await getSettings();
      const others = collapsedSites.filter((site) => site !== message.site);
      await updateSettings({ collapsedSites: message.collapsed ? [...others, message.site] : others });
      return true;
    }
    case 'set-tint':
      await updateSettings({ tintDuties: message.on });
      return true;
    case 'open-full':
      if (tabId === undefined) return false;
      await openFullView(tabId, sender.tab?.windowId);
      return true;
  }
}

export function registerMessageRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const message = parseMessage(ContentToBackgroundSchema, raw, 'background');
    if (!message) return false;
    handleContentMessage(message, sender).then(
      (ok) => sendResponse({ ok }),
      (error: unknown) => {
        console.warn('[role-lens] background: message failed', message.type, error);
        sendResponse({ ok: false });
      },
    );
    return true; // answer asynchronously
  });
}
