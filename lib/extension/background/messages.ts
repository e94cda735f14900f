// Requests from content scripts. Anything malformed, or from outside this extension, is dropped.
// The analysis runs here, so pages pay neither its bundle size nor its main-thread time.
import { browser, type Browser } from '#imports';
import type { AnalysisResult } from '../../analysis/schema';
import en from '../../../public/_locales/en/messages.json';
import zh from '../../../public/_locales/zh_CN/messages.json';
import { ContentToBackgroundSchema, parseMessage, type ContentToBackground } from '../../messages';
import type { ExtractedPosting } from '../../sites/types';
import { getSettings, updateSettings } from '../../storage/settings';
import { analyzeWithCues } from '../analyze';
import { chipModelFor, type ChipModel } from '../chip-model';
import { selectionTitle } from '../selection-text';
import { openFullView } from './open-full';
import { keepSelectionAnalysis } from './keep-selection';
import { acceptPageResult, clearPageResult } from './page-results';
import { capPosting } from './posting-cap';

const STRINGS = { en, zh };

export type BackgroundReply =
  | { result: AnalysisResult; posting: ExtractedPosting }
  | { strings: Record<string, { message: string }> }
  | { chips: ChipModel[] }
  | { ok: boolean };

/** Only the top page of a tab owns its badge and stored result. */
const topPageTab = (sender: Browser.runtime.MessageSender): number | undefined =>
  sender.frameId === 0 && sender.tab?.id !== undefined && sender.tab.id >= 0 ? sender.tab.id : undefined;

export async function handleContentMessage(message: ContentToBackground, sender: Browser.runtime.MessageSender): Promise<BackgroundReply> {
  switch (message.type) {
    case 'analyze-posting': {
      const { customCues } = await getSettings();
      const { posting, cappedFrom } = capPosting(message.posting);
      const result = analyzeWithCues({ title: posting.title, text: posting.text }, customCues);
      const tabId = topPageTab(sender);
      const capped = cappedFrom === undefined ? {} : { cappedFrom };
      if (tabId !== undefined) await acceptPageResult(tabId, { posting, result, source: message.source, ...capped });
      return { result, posting };
    }
    case 'page-cleared': {
      const tabId = topPageTab(sender);
      if (tabId !== undefined) await clearPageResult(tabId);
      return { ok: tabId !== undefined };
    }
    case 'analyze-cards': {
      const { customCues } = await getSettings();
      return { chips: message.cards.map((card) => chipModelFor(card, (input) => analyzeWithCues(input, customCues))) };
    }
    case 'analyze-selection-text': {
      const { customCues } = await getSettings();
      const posting = { site: 'selection', url: message.url, title: selectionTitle(message.text), text: message.text };
      const result = analyzeWithCues({ text: message.text }, customCues);
      const capped = message.cappedFrom === undefined ? {} : { cappedFrom: message.cappedFrom };
      await keepSelectionAnalysis({ posting, result, source: 'selection', at: Date.now(), ...capped });
      return { result, posting };
    }
    case 'set-collapsed': {
      const { collapsedSites } = await getSettings();
      const others = collapsedSites.filter((site) => site !== message.site);
      await updateSettings({ collapsedSites: message.collapsed ? [...others, message.site] : others });
      return { ok: true };
    }
    case 'set-tint':
      await updateSettings({ tintDuties: message.on });
      return { ok: true };
    case 'get-strings':
      return { strings: STRINGS[message.lang] };
    case 'open-full': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      await openFullView(tabId, sender.tab?.windowId);
      return { ok: true };
    }
  }
}

export function registerMessageRouter(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const message = parseMessage(ContentToBackgroundSchema, raw, 'background');
    if (!message) return false;
    handleContentMessage(message, sender).then(sendResponse, (error: unknown) => {
      console.warn('[role-lens] background: request failed', message.type, error);
      sendResponse({ ok: false });
    });
    return true; // answers asynchronously
  });
}
