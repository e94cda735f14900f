// Right-click (or the shortcut) on selected text, in order of preference:
// 1. inject the selection script (activeTab, granted by a real click or the shortcut) and show the
//    full split next to the selection, on any page;
// 2. without activeTab, on a board page: the board script already there shows a compact summary;
// 3. where no script can run (chrome:// pages, the PDF viewer, a frame we cannot reach, no grant):
//    analyse here, keep it as the last analysis and open the popup, which shows it.
import { browser, type Browser } from '#imports';
import { parseMessage, SelectionReplySchema, type BackgroundToContent, type SelectionReply } from '../../messages';
import { getSettings } from '../../storage/settings';
import type { TabResult } from '../../storage/tab-results';
import { analyzeWithCues } from '../analyze';
import { prepareSelection, selectionTitle } from '../selection-text';
import { keepSelectionAnalysis } from './keep-selection';
import { tryOpenPopup } from './open-full';

export const SELECTION_SCRIPT = '/content-scripts/selection.js';

export interface SelectionRequest {
  /** The browser's copy of the selection (context menu only). */
  text?: string;
  frameId?: number;
  pageUrl?: string;
  trigger: 'menu' | 'command';
}

export type SelectionOutcome = 'in-page' | 'popup' | 'empty';

async function askContentScript(tabId: number, frameId: number, message: BackgroundToContent): Promise<SelectionReply | null> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId });
    return parseMessage(SelectionReplySchema, reply, 'selection reply');
  } catch {
    return null; // no content script in that frame
  }
}

async function injectSelectionScript(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SELECTION_SCRIPT] });
    return true;
  } catch (error) {
    console.debug('[role-lens] background: cannot inject into this page', error);
    return false;
  }
}

export async function analyzeSelectionInTab(tab: Browser.tabs.Tab | undefined, request: SelectionRequest): Promise<SelectionOutcome> {
  const frameId = request.frameId ?? 0;
  const message = (target: 'board' | 'selection'): BackgroundToContent => ({
    type: 'analyze-selection',
    target,
    trigger: request.trigger,
    ...(request.text ? { text: request.text } : {}),
  });
  if (tab?.id !== undefined && tab.id >= 0) {
    if ((await injectSelectionScript(tab.id, frameId)) && (await askContentScript(tab.id, frameId, message('selection')))) return 'in-page';
    if (await askContentScript(tab.id, frameId, message('board'))) return 'in-page';
  }
  return analyzeForPopup(tab, request);
}

async function analyzeForPopup(tab: Browser.tabs.Tab | undefined, request: SelectionRequest): Promise<SelectionOutcome> {
  const selection = prepareSelection(request.text);
  if (selection.kind === 'text') {
    const settings = await getSettings();
    const result = analyzeWithCues({ text: selection.text }, settings.customCues);
    const stored: TabResult = {
      posting: { site: 'selection', url: request.pageUrl ?? tab?.url ?? '', title: selectionTitle(selection.text), text: selection.text },
      result,
      source: 'selection',
      at: Date.now(),
      ...(selection.cappedFrom ? { cappedFrom: selection.cappedFrom } : {}),
    };
    await keepSelectionAnalysis(stored);
  }
  await tryOpenPopup(tab?.windowId);
  return selection.kind === 'text' ? 'popup' : 'empty';
}
