import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zh from '@/public/_locales/zh_CN/messages.json';
import { formatDateTime, localeOf, resolveUiLang, t } from '@/lib/i18n';

describe('i18n', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const file of [en, zh] as Record<string, { message: string }>[]) {
      for (const [key, { message }] of Object.entries(file)) {
        expect(message.trim(), key).not.toBe('');
        // Chrome rejects $name$ placeholders that are not declared; we only use $1…$9.
        expect(message, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
      }
    }
  });

  it('uses the same $n substitutions in both languages', () => {
    const subs = (m: string) => [...m.matchAll(/\$([1-9])/g)].map((x) => x[1]).sort().join();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(subs(zh[key].message), key).toBe(subs(en[key].message));
    }
  });

  it('names the extension and the menu item as the spec asks', () => {
    expect(t('en', 'extName')).toBe('Role Lens');
    expect(t('zh', 'extName')).toBe('职能透镜 Role Lens');
    expect(t('en', 'menuAnalyzeSelection')).toBe('Analyze selection with Role Lens');
    expect(t('zh', 'menuAnalyzeSelection')).toBe('用职能透镜分析所选文字');
  });

  it('substitutes $1-style arguments and keeps $$ as a dollar', () => {
    expect(t('en', 'popupFailed', 'timeout')).toBe('The analysis failed: timeout');
    expect(t('zh', 'histShown', 3, 10)).toBe('显示 3 / 10 条');
    expect(t('en', 'histShown', 3)).toBe('3 of  shown');
  });

  it('resolves the language: explicit setting wins, auto follows the browser', () => {
    expect(resolveUiLang('en', 'zh-CN')).toBe('en');
    expect(resolveUiLang('zh', 'en-US')).toBe('zh');
    expect(resolveUiLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveUiLang('auto', 'zh')).toBe('zh');
    expect(resolveUiLang('auto', 'en-GB')).toBe('en');
    expect(resolveUiLang('auto', '')).toBe('en');
  });

  it('formats dates by hand exactly as Intl does (medium date, short time), in both languages', () => {
    const times = [Date.UTC(2026, 0, 5, 3, 7), Date.UTC(2026, 10, 27, 12, 0), Date.UTC(2025, 11, 31, 23, 59), new Date(2026, 5, 9, 0, 4).getTime()];
    for (const at of times) {
      for (const lang of ['en', 'zh'] as const) {
        const intl = new Date(at).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
        // ICU versions differ on the space before AM/PM (U+202F or a plain space).
        expect(formatDateTime(at, lang).replace(/\u202f/g, ' '), `${lang} ${at}`).toBe(intl.replace(/\u202f/g, ' '));
      }
    }
  });
});
