// One source of UI strings: the extension's own _locales files, imported at build time so the
// language option can switch at run time (chrome.i18n alone always follows the browser).
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';

export type UiLang = 'zh' | 'en';
export type MessageKey = keyof typeof en;
export type LanguageSetting = 'auto' | 'zh' | 'en';

type MessageFile = Record<string, { message: string }>;
const FILES: Record<UiLang, MessageFile> = { en, zh };

/** 'auto' follows the browser: any Chinese locale (zh, zh-CN, zh-TW…) gets Chinese, everything else English. */
export function resolveUiLang(setting: LanguageSetting, browserLang: string): UiLang {
  if (setting === 'zh' || setting === 'en') return setting;
  return /^zh\b/i.test(browserLang.trim()) ? 'zh' : 'en';
}

/** The browser's UI language, or '' outside an extension page (tests, node). */
export function browserUiLanguage(): string {
  const chromeI18n = (globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } }).chrome?.i18n;
  try {
    return chromeI18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? '';
  } catch {
    return globalThis.navigator?.language ?? '';
  }
}

/**
 * The message for `key` in `lang`, with `$1`…`$9` replaced by `subs` (`$$` is a literal dollar).
 * Falls back to English, then to the key itself, so a missing string is visible but never blank.
 */
export function t(lang: UiLang, key: MessageKey, ...subs: (string | number)[]): string {
  const template = FILES[lang][key]?.message ?? FILES.en[key]?.message ?? key;
  return template.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(subs[Number(which) - 1] ?? ''),
  );
}

/**
 * The message cut at its `$1`, for putting an element (a link) where the substitution goes:
 * `[before, after]`; `[whole]` when the message has no `$1`.
 */
export function messageAround(lang: UiLang, key: MessageKey): string[] {
  const template = FILES[lang][key]?.message ?? FILES.en[key]?.message ?? key;
  const at = template.indexOf('$1');
  return at < 0 ? [template] : [template.slice(0, at), template.slice(at + 2)];
}

/** A `t` bound to one language, handy as a prop. */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;
export function translator(lang: UiLang): Translate {
  return (key, ...subs) => t(lang, key, ...subs);
}

/** Locale tag for dates and numbers. */
export function localeOf(lang: UiLang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export const ARTICLE = {
  title: '市场运营工作内容(运营和市场的岗位是干什么的?)',
  site: '鸟哥笔记',
  date: '2023-11-03',
  url: 'https://www.niaogebiji.com/',
} as const;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A local date and time as `toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' })`
 * writes it ("Jan 5, 2026, 3:07 PM" / "2026年1月5日 15:07"), built by hand: the first Intl date format in
 * a page loads locale data (~25 ms), too slow for the popup's first paint.
 */
export function formatDateTime(at: number, lang: UiLang): string {
  const d = new Date(at);
  const [hours, minutes] = [d.getHours(), pad2(d.getMinutes())];
  if (lang === 'zh') return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad2(hours)}:${minutes}`;
  const clock = `${hours % 12 || 12}:${minutes}\u202f${hours < 12 ? 'AM' : 'PM'}`;
  return `${MONTHS_EN[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${clock}`;
}
