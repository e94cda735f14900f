// The settings the content scripts read, parsed with zod/mini (the full settings schema would pull
// full Zod into the page's bundle). Same storage key and the same "bad field → default" behaviour.
import { storage } from '#imports';
import * as z from 'zod/mini';
import { DOMAINS, LEVELS } from '../analysis/constants';

export const SETTINGS_KEY = 'local:settings' as const;

const CustomCue = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  domain: z.optional(z.enum(DOMAINS)),
  level: z.optional(z.enum(LEVELS)),
  weight: z._default(z.number().check(z.gte(0.1), z.lte(10)), 3),
});

export const ContentSettingsSchema = z.object({
  language: z.catch(z.enum(['auto', 'zh', 'en']), 'auto'),
  disabledBoards: z.catch(z.array(z.string()), []),
  showPanel: z.catch(z.boolean(), true),
  showChips: z.catch(z.boolean(), true),
  tintDuties: z.catch(z.boolean(), false),
  collapsedSites: z.catch(z.array(z.string()), []),
  customCues: z.catch(z.array(CustomCue), []),
});
export type ContentSettings = z.infer<typeof ContentSettingsSchema>;

export function coerceContentSettings(value: unknown): ContentSettings {
  return ContentSettingsSchema.parse(typeof value === 'object' && value !== null ? value : {});
}

export async function readContentSettings(): Promise<ContentSettings> {
  return coerceContentSettings(await storage.getItem(SETTINGS_KEY));
}

export function watchContentSettings(callback: (settings: ContentSettings) => void): () => void {
  return storage.watch(SETTINGS_KEY, (value) => callback(coerceContentSettings(value)));
}
