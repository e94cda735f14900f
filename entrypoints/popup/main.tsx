// Runs once the imports below are evaluated (ES modules hoist them): the start of the popup's own work.
performance.mark('rolelens:popup-start');
import '@/lib/zod-jitless';
import { render } from 'preact';
import { browser } from '#imports';
import { PopupApp, storedState, type PopupLoaders } from '@/components/popup/PopupApp';
import { parsePopupTarget, type PopupState, type PopupTarget } from '@/components/popup/popup-state';
import { useSettings } from '@/components/shared/use-settings';
import { t } from '@/lib/i18n';
import { getSettings, type Settings } from '@/lib/storage/settings';
import { getLastAnalysis, getLastGlance, getTabGlance, getTabResult, watchTabResult } from '@/lib/storage/tab-results';

// One literal a page, so WXT's typed getURL checks each path exists.
const PAGE_URLS = {
  popup: () => browser.runtime.getURL('/popup.html'),
  options: () => browser.runtime.getURL('/options.html'),
  history: () => browser.runtime.getURL('/analysis-history.html'),
};

const loaders: PopupLoaders = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },
  getTabResult,
  getLastAnalysis,
  getTabGlance,
  getLastGlance,
  watchTabResult,
  // Loaded only when the tab has no stored result: it brings the analysis core, which a popup
  // showing a stored result does not need (keeps first render fast).
  analyzeTabOnDemand: async (tabId) => (await import('@/lib/extension/on-demand')).analyzeTabOnDemand(tabId),
  openFull(target: PopupTarget) {
    const query = target.kind === 'tab' ? `?tabId=${target.tabId}` : '?view=last';
    void browser.tabs.create({ url: `${PAGE_URLS.popup()}${query}` });
    window.close();
  },
  // Loaded only when text is pasted: defining the history item reads the whole history (every entry
  // with its analysis) to run its migrations, which held up the popup's settings read behind it.
  recordPasted({ title, result }) {
    void import('@/lib/storage/history')
      .then(({ addToHistory }) => addToHistory({ site: 'paste', url: '', title: title || result.title, result }))
      .catch((error: unknown) => console.warn('[role-lens] popup: the pasted analysis was not saved to history', error));
  },
  openPage(page) {
    void browser.tabs.create({ url: PAGE_URLS[page]() });
    window.close();
  },
};

const target = parsePopupTarget(location.search);

function Root({ initial, stored }: { initial: Settings | null; stored: PopupState | null }) {
  const { settings, lang } = useSettings(initial);
  document.title = t(lang, 'extName');
  return <PopupApp target={target} lang={lang} cues={settings?.customCues ?? []} loaders={loaders} initial={stored} />;
}

// Both reads at once, before the first render: it then shows the result in the right language
// straight away, instead of a spinner, then the result, then a re-render when the settings arrive.
void Promise.all([getSettings().catch(() => null), storedState(target, loaders).catch(() => null)]).then(([settings, stored]) => {
  performance.mark('rolelens:popup-read');
  render(<Root initial={settings} stored={stored} />, document.getElementById('app')!);
});
