// The board content script: find the posting (detail page) and the cards (list page) with the
// site's adapter, have the background analyse them, and mark the page: the docked panel, duty
// tinting, card chips. Re-runs on client-side navigation and on content changes (debounced) and
// drops stale marks. Only DOM reading and rendering happen here, on the page's main thread.
import type { ContentScriptContext } from '#imports';
import type { AnalysisResult } from '../analysis/schema';
import { browserUiLanguage, resolveUiLang, type UiLang } from '../i18n';
import { AnalysisReplySchema, ChipsReplySchema, MAX_CARDS_PER_MESSAGE } from '../messages';
import { adapterForUrl } from '../sites';
import type { Extraction, ListCard, SiteAdapter, TextSegment } from '../sites/types';
import type { ChipModel } from './chip-model';
import { cardTextKey, createChipLayer } from './chips';
import { ask, tell } from './content-messaging';
import { readContentSettings, watchContentSettings } from './content-settings';
import { findPosting, postingKey } from './find-posting';
import { touchesPage } from './mutations';
import { createPanelSlot } from './panel';
import { measured } from './perf';
import { loadStrings } from './runtime-strings';
import { COMPACT_SELECTION_CSS, CompactSelectionBody } from './selection-compact';
import { listenForSelectionRequests } from './selection-listener';
import { applyTint, clearTint } from './tint';

const RERUN_DELAY_MS = 250;
const MAX_CACHED_CHIPS = 2000;

interface Shown {
  key: string;
  site: string;
  result: AnalysisResult;
  segments: TextSegment[];
  /** Characters analysed, when the background cut a very long posting (see posting-cap.ts). */
  cappedAt?: number;
}

export async function startBoardPage(ctx: ContentScriptContext): Promise<void> {
  let settings = await readContentSettings();
  const lang = (): UiLang => resolveUiLang(settings.language, browserUiLanguage());
  const panel = createPanelSlot(ctx);
  const chips = createChipLayer(document);
  const chipModels = new Map<string, ChipModel>();
  let shown: Shown | null = null;
  /** The posting the page shows now (set synchronously), so a late analysis of an old one is dropped. */
  let pageKey: string | null = null;
  let dismissedKey: string | null = null;
  let runId = 0;

  listenForSelectionRequests(ctx, 'board', async () => settings, { Body: CompactSelectionBody, css: COMPACT_SELECTION_CSS });

  const syncTint = () =>
    measured('tint', () => {
      if (shown && settings.tintDuties) applyTint(document, shown.result.duties, shown.segments);
      else clearTint(document);
    });

  const renderPanel = () => {
    if (!shown || !settings.showPanel || dismissedKey === shown.key) {
      panel.remove();
      return;
    }
    const { site, key } = shown;
    void panel.show({
      result: shown.result,
      ...(shown.cappedAt === undefined ? {} : { cappedAt: shown.cappedAt }),
      lang: lang(),
      collapsed: settings.collapsedSites.includes(site),
      tinted: settings.tintDuties,
      onToggleCollapse: () => {
        const collapsed = !settings.collapsedSites.includes(site);
        const others = settings.collapsedSites.filter((s) => s !== site);
        settings = { ...settings, collapsedSites: collapsed ? [...others, site] : others };
        renderPanel();
        tell({ type: 'set-collapsed', site, collapsed });
      },
      onToggleTint: () => {
        settings = { ...settings, tintDuties: !settings.tintDuties };
        syncTint();
        renderPanel();
        tell({ type: 'set-tint', on: settings.tintDuties });
      },
      onOpenFull: () => tell({ type: 'open-full' }),
      onClose: () => {
        dismissedKey = key;
        renderPanel();
      },
    });
  };

  const clearDetail = () => {
    pageKey = null;
    if (!shown) return;
    shown = null;
    renderPanel();
    clearTint(document);
    tell({ type: 'page-cleared' });
  };

  /** Synchronous part: what the page shows now. Returns the posting still to analyse, if any. */
  const readDetail = (adapter: SiteAdapter, url: URL): Extraction | null => {
    const extraction = findPosting(adapter, document, url);
    if (!extraction) {
      clearDetail();
      return null;
    }
    const key = postingKey(extraction);
    if (shown?.key === key) {
      // Same posting, maybe re-rendered by the site: keep the analysis, follow the new text nodes.
      shown.segments = extraction.segments;
      if (settings.tintDuties) syncTint();
      return null;
    }
    if (pageKey === key) return null; // already being analysed
    pageKey = key;
    return extraction;
  };

  const analyzeDetail = async (extraction: Extraction, site: string) => {
    const key = postingKey(extraction);
    const { posting } = extraction;
    const reply = await ask({ type: 'analyze-posting', posting, source: posting.site === 'generic' ? 'generic' : 'board' }, AnalysisReplySchema);
    if (!reply || pageKey !== key || ctx.isInvalid) return;
    // The background analyses a very long posting from its start only; say so on the panel.
    const analysed = reply.posting.text.length;
    const capped = analysed < posting.text.length ? { cappedAt: analysed } : {};
    shown = { key, site, result: reply.result, segments: extraction.segments, ...capped };
    renderPanel();
    syncTint();
  };

  const syncChips = async (cards: ListCard[], id: number) => {
    const missing = [...new Map(cards.filter((c) => !chipModels.has(cardTextKey(c))).map((c) => [cardTextKey(c), c])).values()];
    for (let i = 0; i < missing.length; i += MAX_CARDS_PER_MESSAGE) {
      const batch = missing.slice(i, i + MAX_CARDS_PER_MESSAGE);
      const reply = await ask(
        { type: 'analyze-cards', cards: batch.map((c) => ({ title: c.title.slice(0, 500), text: c.text.slice(0, 5000) })) },
        ChipsReplySchema,
      );
      if (!reply || id !== runId) return; // a newer run owns the chips now
      batch.forEach((card, j) => {
        const model = reply.chips[j];
        if (model) chipModels.set(cardTextKey(card), model);
      });
    }
    if (chipModels.size > MAX_CACHED_CHIPS) chipModels.clear();
    measured('chips', () => chips.sync(cards.filter((c) => c.element.isConnected), lang(), (c) => chipModels.get(cardTextKey(c))));
  };

  const run = () => {
    const id = ++runId;
    const work = measured('run', () => {
      const url = new URL(location.href);
      const adapter = adapterForUrl(url);
      if (!adapter || settings.disabledBoards.includes(adapter.id)) {
        chips.clear();
        clearDetail();
        return null;
      }
      const detail = measured('extract', () => readDetail(adapter, url));
      const listing = settings.showChips && adapter.isListPage(url);
      if (!listing) chips.clear();
      return { adapter, detail, cards: listing ? measured('cards', () => adapter.listCards(document, url)) : null };
    });
    if (!work) return;
    if (work.detail) void analyzeDetail(work.detail, work.adapter.id);
    if (work.cards) void syncChips(work.cards, id);
  };

  let pending: number | undefined;
  const scheduleRun = () => {
    clearTimeout(pending);
    pending = ctx.setTimeout(run, RERUN_DELAY_MS);
  };

  const observer = new MutationObserver((records) => {
    if (touchesPage(records)) scheduleRun();
  });
  // The whole document: SPAs swap <body> children and <head> (JSON-LD, title) on navigation.
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    chips.clear();
    clearTint(document);
  });
  // A new URL: the SPA renders the new page in its own time, so read it once the DOM settles.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    dismissedKey = null;
    scheduleRun();
  });
  const unwatch = watchContentSettings((next) => {
    const cuesChanged = JSON.stringify(next.customCues) !== JSON.stringify(settings.customCues);
    settings = next;
    if (cuesChanged) {
      // Re-analyse everything with the new cues.
      shown = null;
      pageKey = null;
      chipModels.clear();
      chips.clear();
    }
    // The language setting may have changed: its strings first, then everything is drawn again.
    void loadStrings(lang()).then(() => {
      if (ctx.isInvalid) return;
      run();
      renderPanel();
      syncTint();
    });
  });
  ctx.onInvalidated(unwatch);

  // The panel and the chips speak through `t()`, whose tables the background fills (runtime-strings.ts).
  await loadStrings(lang());
  run();
}
