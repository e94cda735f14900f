import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { CustomCue } from '@/lib/analysis/schema';
import { formatDateTime, t, type UiLang } from '@/lib/i18n';
import { isGlance, type TabGlance, type TabResult } from '@/lib/storage/tab-result-schema';
import { AnalysisView } from '../analysis-view/AnalysisView';
import { afterNextPaint, whenPainted } from './after-paint';
import { PasteBox, type PastedAnalysis } from './PasteBox';
import { errorMessage, type PopupState, type PopupTarget } from './popup-state';
import '../theme.css';
import './popup.css';

/** Everything the popup reads from the browser, passed in so tests can drive each state. */
export interface PopupLoaders {
  activeTabId(): Promise<number | null>;
  getTabResult(tabId: number): Promise<TabResult | null>;
  getLastAnalysis(): Promise<TabResult | null>;
  /** The first screen of a stored result (a few KB, quick to read): painted first, the full result is read after. */
  getTabGlance?(tabId: number): Promise<TabGlance | null>;
  getLastGlance?(): Promise<TabGlance | null>;
  analyzeTabOnDemand(tabId: number): Promise<TabResult | null>;
  openFull(target: PopupTarget): void;
  openPage(page: 'options' | 'history'): void;
  /** Follow the tab's stored result, so a posting the page finishes loading after the popup opened still shows. */
  watchTabResult?(tabId: number, callback: (result: TabResult | null) => void): () => void;
  /** Pasted text analysed in the popup, to record in the history. */
  recordPasted?(analysis: PastedAnalysis): void;
}

/**
 * What storage already holds for the target, analysing nothing: the popup's entry starts this before it
 * renders, so the first render is the result itself (null: nothing stored, the popup loads as usual).
 */
export async function storedState(target: PopupTarget, loaders: PopupLoaders): Promise<PopupState | null> {
  if (target.kind === 'last') {
    const last = (await loaders.getLastGlance?.()) ?? (await loaders.getLastAnalysis());
    return last ? { kind: 'result', tab: last } : null;
  }
  const tabId = target.kind === 'tab' ? target.tabId : await loaders.activeTabId();
  if (tabId === null) return null;
  // No glance (a result stored by an older version, or one that fails its schema): the full result.
  const stored = (await loaders.getTabGlance?.(tabId)) ?? (await loaders.getTabResult(tabId));
  return stored ? { kind: 'result', tab: stored, tabId } : null;
}

/** The full result behind a glance on screen; null when it is gone or does not fit the schema. */
function fullResult(target: PopupTarget, tabId: number | undefined, loaders: PopupLoaders): Promise<TabResult | null> {
  return target.kind === 'last' || tabId === undefined ? loaders.getLastAnalysis() : loaders.getTabResult(tabId);
}

async function load(target: PopupTarget, loaders: PopupLoaders, onLoading: () => void): Promise<PopupState> {
  if (target.kind === 'last') {
    const last = await loaders.getLastAnalysis();
    return last ? { kind: 'result', tab: last } : { kind: 'none', last: null };
  }
  const tabId = target.kind === 'tab' ? target.tabId : await loaders.activeTabId();
  if (tabId !== null) {
    const stored = await loaders.getTabResult(tabId);
    if (stored) return { kind: 'result', tab: stored, tabId };
    // Only the toolbar popup holds activeTab for the page; a ?tabId view shows what is stored.
    if (target.kind === 'active') {
      onLoading();
      const fresh = await loaders.analyzeTabOnDemand(tabId);
      if (fresh) return { kind: 'result', tab: fresh, tabId };
    }
  }
  return { kind: 'none', last: await loaders.getLastAnalysis().catch(() => null) };
}

/** Element Timing name of the line above the analysis: painted in the same frame as the gauge, verdict and duties. */
const ANALYSIS_PAINTED = 'rolelens-analysis';

function Meta({ tab, lang }: { tab: TabResult | TabGlance; lang: UiLang }) {
  const when = formatDateTime(tab.at, lang);
  const analysedLength = isGlance(tab) ? tab.posting.textLength : tab.posting.text.length;
  return (
    <p class="rl-popup__source" elementtiming={ANALYSIS_PAINTED}>
      {t(lang, `source_${tab.source}`)} · {t(lang, 'analysedAt', when)}
      {tab.cappedFrom ? ` · ${t(lang, 'pasteCapped', analysedLength)}` : ''}
    </p>
  );
}

/** For the benchmark: every duty of the full result is on screen (the glance came first). */
const markComplete = () => afterNextPaint(() => performance.mark('rolelens:popup-complete'));

function TabAnalysis({ tab, lang, onOpenFull }: { tab: TabResult | TabGlance; lang: UiLang; onOpenFull?: () => void }) {
  // A glance has each domain's first duties and no requirements yet: the view shows it as a first screen.
  const result = isGlance(tab) ? { ...tab.result, requirements: [], sections: [] } : tab.result;
  const totals = isGlance(tab) ? tab.result.dutyTotals : undefined;
  return (
    <>
      <Meta tab={tab} lang={lang} />
      <AnalysisView result={result} lang={lang} posting={tab.posting} onOpenFull={onOpenFull} progressive totals={totals} onComplete={markComplete} />
    </>
  );
}

interface PopupAppProps {
  target: PopupTarget;
  lang: UiLang;
  cues: readonly CustomCue[];
  loaders: PopupLoaders;
  /** A result already read (see storedState): shown at once, nothing more is loaded. */
  initial?: PopupState | null;
}

export function PopupApp({ target, lang, cues, loaders, initial }: PopupAppProps) {
  const [state, setState] = useState<PopupState>(initial ?? { kind: 'loading' });
  useEffect(() => {
    let alive = true;
    if (!initial) {
      load(target, loaders, () => alive && setState({ kind: 'loading' }))
        .then((next) => alive && setState(next))
        .catch(async (error: unknown) => {
          const last = await loaders.getLastAnalysis().catch(() => null);
          if (alive) setState({ kind: 'failed', message: errorMessage(error), last });
        });
    }
    let unwatch: (() => void) | undefined;
    if (target.kind === 'tab' && loaders.watchTabResult) {
      unwatch = loaders.watchTabResult(target.tabId, (tab) => {
        if (alive && tab) setState({ kind: 'result', tab, tabId: target.tabId });
      });
    }
    return () => {
      alive = false;
      unwatch?.();
    };
    // `initial` counts only for the first render: a later one does not reload.
  }, [target, loaders]);

  useLayoutEffect(() => {
    // For the benchmark and the e2e log: when the analysis (or a definite state) is on screen. A result
    // is on screen when its first line (ANALYSIS_PAINTED, above the gauge) has been painted.
    if (state.kind === 'loading') return;
    const ready = (at: number) => performance.mark('rolelens:popup-ready', { startTime: at });
    return state.kind === 'result' ? whenPainted(ANALYSIS_PAINTED, ready) : afterNextPaint(() => ready(performance.now()));
  }, [state.kind]);

  const glanceShown = state.kind === 'result' && isGlance(state.tab);
  useLayoutEffect(() => {
    // Once the glance is on screen, read the full result (all duties, requirements, the actions' data).
    if (state.kind !== 'result' || !glanceShown) return;
    let alive = true;
    const tabId = state.tabId;
    const cancel = whenPainted(ANALYSIS_PAINTED, () =>
      fullResult(target, tabId, loaders)
        .then((tab) => (tab ? { kind: 'result' as const, tab, tabId } : load(target, loaders, () => undefined)))
        .then((next) => alive && setState((current) => (current.kind === 'result' && !isGlance(current.tab) ? current : next)))
        .catch((error: unknown) => alive && setState({ kind: 'failed', message: errorMessage(error), last: null })),
    );
    return () => {
      alive = false;
      cancel();
    };
  }, [glanceShown]);

  const openFullFor = (tabId?: number) => () => loaders.openFull(tabId === undefined ? { kind: 'last' } : { kind: 'tab', tabId });

  return (
    <div class="rl-theme rl-popup" data-state={state.kind}>
      <header class="rl-popup__bar">
        <h1 class="rl-popup__brand">{t(lang, 'extName')}</h1>
        <nav aria-label={t(lang, 'navLabel')} class="rl-popup__nav">
          <button type="button" onClick={() => loaders.openPage('history')}>
            {t(lang, 'openHistory')}
          </button>
          <button type="button" onClick={() => loaders.openPage('options')}>
            {t(lang, 'openOptions')}
          </button>
        </nav>
      </header>
      <main class="rl-popup__main">
        {state.kind === 'loading' && (
          <p class="rl-popup__loading" role="status">
            <span class="rl-spinner" aria-hidden="true" /> {t(lang, 'popupLoading')}
          </p>
        )}
        {state.kind === 'result' && (
          <TabAnalysis tab={state.tab} lang={lang} onOpenFull={target.kind === 'active' ? openFullFor(state.tabId) : undefined} />
        )}
        {(state.kind === 'none' || state.kind === 'failed') && (
          <>
            {state.kind === 'failed' ? (
              <div class="rl-popup__notice rl-popup__notice--error" role="alert">
                <p>{t(lang, 'popupFailed', state.message || t(lang, 'popupFailedUnknown'))}</p>
                <p>{t(lang, 'popupFailedHint')}</p>
              </div>
            ) : (
              <div class="rl-popup__notice" role="status">
                <p>{t(lang, 'popupNoPosting')}</p>
                <p class="rl-popup__hint">{t(lang, 'popupNoPostingHint')}</p>
              </div>
            )}
            <PasteBox lang={lang} cues={cues} onAnalysed={loaders.recordPasted} />
            {state.last && (
              <section class="rl-popup__last" aria-labelledby="rl-last-heading">
                <h2 id="rl-last-heading">{t(lang, 'lastAnalysisHeading')}</h2>
                <TabAnalysis tab={state.last} lang={lang} onOpenFull={target.kind === 'active' ? openFullFor() : undefined} />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}
