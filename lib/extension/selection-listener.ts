// Answers the background's "analyze the selection" request in any content script (the board script
// or the selection script injected on demand): reads the page's selection, analyses it here, shows
// it next to the selection and reports it so the popup has it as the last analysis.
import { browser, type ContentScriptContext } from '#imports';
import { browserUiLanguage, resolveUiLang } from '../i18n';
import { BackgroundToContentSchema, parseMessage, type ContentToBackground, type Pong, type SelectionReply } from '../messages';
import { analyzeWithCues } from './analyze';
import type { ContentSettings } from './content-settings';
import { createSelectionPanel, type Anchor } from './selection-panel';
import { prepareSelection, selectionTitle } from './selection-text';

function currentSelection(): { text: string; anchor: Anchor | null } {
  const selection = window.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || !text.trim()) return { text, anchor: null };
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return { text, anchor: rect.width || rect.height ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null };
}

export function sendToBackground(message: ContentToBackground): void {
  browser.runtime.sendMessage(message).catch((error: unknown) => {
    console.debug('[role-lens] content: the background did not take the message', message.type, error);
  });
}

export function listenForSelectionRequests(
  ctx: ContentScriptContext,
  script: Pong['script'],
  settings: () => Promise<ContentSettings>,
): void {
  const panel = createSelectionPanel(ctx);

  const analyzeSelection = async (fallbackText: string | undefined): Promise<SelectionReply> => {
    const current = currentSelection();
    const prepared = prepareSelection(current.text.trim() ? current.text : fallbackText);
    const { language, customCues } = await settings();
    const lang = resolveUiLang(language, browserUiLanguage());
    if (prepared.kind === 'empty') {
      await panel.show({ kind: 'empty' }, lang, current.anchor);
      return { status: 'empty' };
    }
    const result = analyzeWithCues({ text: prepared.text }, customCues);
    const posting = { site: 'selection', url: location.href, title: selectionTitle(prepared.text), text: prepared.text };
    const capped = prepared.cappedFrom === undefined ? {} : { cappedFrom: prepared.cappedFrom };
    await panel.show({ kind: 'result', result, posting, ...capped }, lang, current.anchor);
    sendToBackground({ type: 'selection-result', posting, result, ...capped });
    return { status: 'shown' };
  };

  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean => {
    if (sender.id !== browser.runtime.id) return false;
    const message = parseMessage(BackgroundToContentSchema, raw, `${script} script`);
    if (!message) return false;
    if (message.type === 'ping') {
      sendResponse({ alive: true, script } satisfies Pong);
      return false;
    }
    analyzeSelection(message.text).then(sendResponse, (error: unknown) => {
      console.warn('[role-lens] content: selection analysis failed', error);
      sendResponse({ status: 'empty' } satisfies SelectionReply);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
