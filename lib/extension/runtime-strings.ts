// Content scripts get their UI strings from the background when they start instead of bundling
// both message files (a quarter of the content script's 100 KB budget). In content-script builds
// only, wxt.config.ts points lib/i18n's imports of public/_locales/*/messages.json at these tables;
// every other page reads the files directly. Same files, same `t()`, one source of strings.
import * as z from 'zod/mini';
import { ask } from './content-messaging';

type Table = Record<string, { message: string }>;
export const STRING_TABLES: Record<'en' | 'zh', Table> = { en: {}, zh: {} };

export const StringsReplySchema = z.object({ strings: z.record(z.string(), z.object({ message: z.string() })) });

const loading = new Map<'en' | 'zh', Promise<boolean>>();

/** Fills the table of `lang` once; false when the background could not be reached. */
export function loadStrings(lang: 'en' | 'zh'): Promise<boolean> {
  if (Object.keys(STRING_TABLES[lang]).length > 0) return Promise.resolve(true);
  let pending = loading.get(lang);
  if (!pending) {
    pending = ask({ type: 'get-strings', lang }, StringsReplySchema).then((reply) => {
      loading.delete(lang);
      if (!reply) return false;
      Object.assign(STRING_TABLES[lang], reply.strings);
      return true;
    });
    loading.set(lang, pending);
  }
  return pending;
}
