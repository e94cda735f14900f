// The settings the content scripts read, parsed with zod/mini (the full settings schema would pull
// full Zod into the page's bundle). Same stored value as lib/storage/settings.ts and the same
// "bad field → default" behaviour; read with the plain storage API to keep WXT's storage layer out
// of the page's bundle. Custom cues are applied by the background, where the analysis runs.
import { browser } from '#imports';
import * as z from 'zod/mini';

/** `local:settings` in WXT's notation (lib/storage/settings.ts). */
export const SETTINGS_KEY = 'settings';

export const ContentSettingsSchema = z.object({
  language: z.catch(z.enum(['auto', 'zh', 'en']), 'auto'),
  disabledBoards: z.catch(z.array(z.string()), []),
  showPanel: z.catch(z.boolean(), true),
  showChips: z.catch(z.boolean(), true),
  tintDuties: z.catch(z.boolean(), false),
  collapsedSites: z.catch(z.array(z.string()), []),
  /** Only whether they changed matters here: results are re-requested. */
  customCues: z.catch(z.array(z.unknown()), []),
});
export type ContentSettings = z.infer<typeof ContentSettingsSchema>;

export function coerceContentSettings(value: unknown): ContentSettings {
  // Anything but a plain object (null, an array, a string) reads as the defaults.
  return ContentSettingsSchema.parse(typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {});
}

export async function readContentSettings(): Promise<ContentSettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return coerceContentSettings(stored[SETTINGS_KEY]);
}

export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) callback(coerceContentSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
