import { useEffect, useState } from 'preact/hooks';
import { browserUiLanguage, resolveUiLang, type UiLang } from '@/lib/i18n';
import { getSettings, watchSettings, type Settings } from '@/lib/storage/settings';

/** The user's settings and the UI language they resolve to; follows changes made in other pages. */
export function useSettings(initial: Settings | null = null): { settings: Settings | null; lang: UiLang } {
  const [settings, setSettings] = useState<Settings | null>(initial);
  useEffect(() => {
    let alive = true;
    // Already read by the caller (the popup reads it before its first render): only follow changes.
    if (!initial) {
      getSettings()
        .then((s) => alive && setSettings(s))
        .catch(() => undefined);
    }
    const unwatch = watchSettings((s) => setSettings(s));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const lang = resolveUiLang(settings?.language ?? 'auto', browserUiLanguage());
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  return { settings, lang };
}
