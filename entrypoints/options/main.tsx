import '@/lib/zod-jitless';
import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import { useSettings } from '@/components/shared/use-settings';
import { updateSettings } from '@/lib/storage/settings';
import { t } from '@/lib/i18n';

function Root() {
  const { settings, lang } = useSettings();
  document.title = t(lang, 'optionsTitle');
  if (!settings) return <p role="status">{t(lang, 'popupLoading')}</p>;
  return <OptionsApp settings={settings} lang={lang} save={updateSettings} />;
}

render(<Root />, document.getElementById('app')!);
