// The board content script: find the posting (detail page) and the cards (list page) with the
// site's adapter, analyse them, and mark the page: the docked panel, duty tinting, card chips.
// Re-runs on client-side navigation and on content changes (debounced), and drops stale marks.
import type { ContentScriptContext } from '#imports';
import type { AnalysisResult } from '../analysis/schema';
import { browserUiLanguage, resolveUiLang, type UiLang } from '../i18n';
import { adapterForUrl, genericAdapter } from '../sites';
import type { Extraction, SiteAdapter, TextSegment } from '../sites/types';
import { analyzeWithCues } from './analyze';
import { chipModelFor } from './chip-model';
import { createChipLayer } from './chips';
import { readContentSettings, watchContentSettings, type ContentSettings } from './content-settings';
import { touchesPage } from './mutations';
import { createPanelSlot } from './panel';
import { measured } from './perf';
import { listenForSelectionRequests, sendToBackground } from './selection-listener';
import { applyTint, clearTint } from './tint';

const RERUN_DELAY_MS = 250;

interface Shown {
  key: string;
  site: string;
  result: AnalysisResult;
  segments: TextSegment[];
}

export const postingKey = ({ posting }: Extraction): string => `${posting.url}\n${posting.title}\n${posting.text}`;

/** The posting on this page: the board's own extractor on its job pages, the generic one on its other non-list pages. */
export function findPosting(adapter: SiteAdapter, doc: Document, url: URL): Extraction | null {
  if (adapter.isJobPage(url)) return adapter.extract(doc, url) ?? genericAdapter.extract(doc, url);
  if (adapter.isListPage(url)) return null;
  return genericAdapter.extract(doc, url);
}

export async function startBoardPage(ctx: ContentScriptContext): Promise<void> {
  let settings = await readContentSettings();
  const lang = (): UiLang => resolveUiLang(settings.language, browserUiLanguage());
  const panel = createPanelSlot(ctx);
  const chips = createChipLayer(document);
  let shown: Shown | null = null;
  let dismissedKey: string | null = null;

  listenForSelectionRequests(ctx, 'board', async () => settings);

  const analyze = (input: { title?: string; text: string }) => analyzeWithCues(input, settings.customCues);

  const syncTint = () => {
    if (shown && settings.tintDuties) applyTint(document, shown.result.duties, shown.segments);
    else clearTint(document);
  };

  const renderPanel = () => {
    if (!shown || !settings.showPanel || dismissedKey === shown.key) {
      panel.remove();
      return;
    }
    const { site, key } = shown;
    void panel.show({
      result: shown.result,
      lang: lang(),
      collapsed: settings.collapsedSites.includes(site),
      tinted: settings.tintDuties,
      onToggleCollapse: () => {
        const collapsed = !settings.collapsedSites.includes(site);
        settings = { ...settings, collapsedSites: collapsed ? [...settings.collapsedSites, site] : settings.collapsedSites.filter((s) => s !== site) };
        renderPanel();
        sendToBackground({ type: 'set-collapsed', site, collapsed });
      },
      onToggleTint: () => {
        settings = { ...settings, tintDuties: !settings.tintDuties };
        syncTint();
        renderPanel();
        sendToBackground({ type: 'set-tint', on: settings.tintDuties });
      },
      onOpenFull: () => sendToBackground({ type: 'open-full' }),
      onClose: () => {
        dismissedKey = key;
        renderPanel();
      },
    });
  };

  const clearDetail = () => {
    if (!shown) return;
    shown = null;
    renderPanel();
    clearTint(document);
    sendToBackground({ type: 'page-cleared' });
  };

  const syncDetail = (adapter: SiteAdapter, url: URL) => {
    const extraction = measured('extract', () => findPosting(adapter, document, url));
    if (!extraction) return clearDetail();
    const key = postingKey(extraction);
    if (shown?.key === key) {
      // Same posting, maybe re-rendered by the site: keep the analysis, refresh the text nodes.
      shown.segments = extraction.segments;
      if (settings.tintDuties) syncTint();
      return;
    }
    const { posting } = extraction;
    const result = measured('analyze', () => analyze({ title: posting.title, text: posting.text }));
    shown = { key, site: adapter.id, result, segments: extraction.segments };
    renderPanel();
    syncTint();
    sendToBackground({ type: 'page-result', posting, result, source: posting.site === 'generic' ? 'generic' : 'board' });
  };

  const syncList = (adapter: SiteAdapter, url: URL) => {
    if (!settings.showChips || !adapter.isListPage(url)) return chips.clear();
    const cards = measured('cards', () => adapter.listCards(document, url));
    measured('chips', () => chips.sync(cards, lang(), (card) => chipModelFor(card, analyze)));
  };

  const run = () =>
    measured('run', () => {
      const url = new URL(location.href);
      const adapter = adapterForUrl(url);
      if (!adapter || adapter.id === 'generic' || settings.disabledBoards.includes(adapter.id)) {
        chips.clear();
        return clearDetail();
      }
      syncDetail(adapter, url);
      syncList(adapter, url);
    });

  let pending: number | undefined;
  const scheduleRun = () => {
    clearTimeout(pending);
    pending = ctx.setTimeout(run, RERUN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    if (touchesPage(records)) scheduleRun();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    chips.clear();
    clearTint(document);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    dismissedKey = null;
    run();
  });
  const unwatch = watchContentSettings((next) => {
    const cuesChanged = JSON.stringify(next.customCues) !== JSON.stringify(settings.customCues);
    settings = next;
    if (cuesChanged) {
      shown = null; // re-analyse everything with the new cues
      chips.clear();
    }
    run();
    renderPanel();
    syncTint();
  });
  ctx.onInvalidated(unwatch);

  run();
}
