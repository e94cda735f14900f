// Answers the background's "analyze the selection" request in any content script (the board script
// or the selection script injected on demand): reads the page's selection, has the background
// analyse it (which also keeps it as the last analysis for the popup) and shows it next to the text.
import { browser, type ContentScriptContext } from '#imports';
import { browserUiLanguage, resolveUiLang } from '../i18n';
import { AnalysisReplySchema, BackgroundToContentSchema, parseMessage, type Pong, type SelectionReply } from '../messages';
import { ask } from './content-messaging';
import { loadStrings } from './runtime-strings';
import type { ContentSettings } from './content-settings';
import type { ComponentType } from 'preact';
import { createSelectionPanel, type Anchor, type SelectionBodyProps } from './selection-panel';
import { prepareSelection } from './selection-text';

function currentSelection(): { text: string; anchor: Anchor | null } {
  const selection = window.getSelection();
  const text = selection?.toString() ?? '';
  if (!selection || selection.rangeCount === 0 || !text.trim()) return { text, anchor: null };
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  return { text, anchor: rect.width || rect.height ? { left: rect.left, top: rect.top, bottom: rect.bottom } : null };
}

export function listenForSelectionRequests(
  ctx: ContentScriptContext,
  script: Pong['script'],
  settings: () => Promise<ContentSettings>,
  body: { Body: ComponentType<SelectionBodyProps>; css: string },
): void {
  const panel = createSelectionPanel(ctx, body.Body, body.css);

  const analyzeSelection = async (fallbackText: string | undefined): Promise<SelectionReply> => {
    const current = currentSelection();
    const prepared = prepareSelection(current.text.trim() ? current.text : fallbackText);
    const lang = resolveUiLang((await settings()).language, browserUiLanguage());
    await loadStrings(lang);
    if (prepared.kind === 'empty') {
      panel.show({ kind: 'empty' }, lang, current.anchor);
      return { status: 'empty' };
    }
    const capped = prepared.cappedFrom === undefined ? {} : { cappedFrom: prepared.cappedFrom };
    const reply = await ask({ type: 'analyze-selection-text', text: prepared.text, url: location.href, ...capped }, AnalysisReplySchema);
    if (!reply) throw new Error('the background did not analyse the selection');
    panel.show({ kind: 'result', result: reply.result, posting: reply.posting, ...capped }, lang, current.anchor);
    return { status: 'shown' };
  };

  const listener = (raw: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void): boolean => {
    if (sender.id !== browser.runtime.id) return false;
    const message = parseMessage(BackgroundToContentSchema, raw, `${script} script`);
    if (!message) return false;
    if (message.target !== script) return false; // addressed to the other script in this frame
    if (message.type === 'ping') {
      sendResponse({ alive: true, script } satisfies Pong);
      return false;
    }
    analyzeSelection(message.text).then(sendResponse, (error: unknown) => {
      // No reply: the background falls back to showing the result in the popup.
      console.warn('[role-lens] content: selection analysis failed', error);
      sendResponse(null);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
