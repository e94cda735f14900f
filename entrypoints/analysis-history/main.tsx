import '@/lib/zod-jitless';
import { render } from 'preact';
import { HistoryApp, type HistoryLoaders } from '@/components/history/HistoryApp';
import { useSettings } from '@/components/shared/use-settings';
import { t } from '@/lib/i18n';
import { clearHistory, deleteHistory, getHistory, watchHistory } from '@/lib/storage/history';

const loaders: HistoryLoaders = {
  getHistory: () => getHistory(),
  deleteHistory,
  clearHistory,
  watchHistory,
  confirm: (message) => window.confirm(message),
};

function Root() {
  const { settings, lang } = useSettings();
  document.title = t(lang, 'historyTitle');
  return <HistoryApp lang={lang} historyEnabled={settings?.historyEnabled ?? true} loaders={loaders} />;
}

render(<Root />, document.getElementById('app')!);
