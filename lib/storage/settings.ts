// The user's settings: one versioned storage item, validated with Zod on every read so that a
// corrupt or hand-edited value falls back field by field instead of breaking the extension.
import { storage } from '#imports';
import * as z from 'zod/mini';
import { CustomCueSchema } from '../analysis/schema';

export const BOARD_IDS = ['zhipin', 'lagou', 'liepin', 'zhaopin', '51job', 'linkedin', 'indeed'] as const;
export type BoardId = (typeof BOARD_IDS)[number];

export const SettingsSchema = z.object({
  /** 'auto' follows the browser's UI language. */
  language: z.catch(z.enum(['auto', 'zh', 'en']), 'auto'),
  /** Boards switched off by the user (all on by default). */
  disabledBoards: z.catch(z.array(z.enum(BOARD_IDS)), []),
  showPanel: z.catch(z.boolean(), true),
  showChips: z.catch(z.boolean(), true),
  tintDuties: z.catch(z.boolean(), false),
  /** Sites whose on-page panel the user collapsed, by adapter id. */
  collapsedSites: z.catch(z.array(z.string()), []),
  historyEnabled: z.catch(z.boolean(), true),
  /** Days to keep history entries; 0 keeps them until the size cap. */
  historyDays: z.catch(z.int().check(z.gte(0), z.lte(3650)), 90),
  customCues: z.catch(z.array(CustomCueSchema), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const SETTINGS_VERSION = 1;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
});

/** Parse anything (stored or imported) into valid settings; unknown or bad fields fall back to defaults. */
export function coerceSettings(value: unknown): Settings {
  // An array is an object too, but not settings: it would fail the schema as a whole.
  const isRecord = typeof value === 'object' && value !== null && !Array.isArray(value);
  return SettingsSchema.parse(isRecord ? value : {});
}

export async function getSettings(): Promise<Settings> {
  return coerceSettings(await settingsItem.getValue());
}

// Read-merge-write in order: two quick changes (two checkboxes) must not overwrite each other.
let pendingUpdate: Promise<unknown> = Promise.resolve();

export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = pendingUpdate.then(async () => {
    const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  pendingUpdate = run.catch(() => undefined);
  return run;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(coerceSettings(value)));
}

/**
 * The same fields without per-field fallbacks: an imported settings file must be valid as a whole,
 * or it is rejected with the reason (the stored settings stay as they were).
 */
export const StrictSettingsSchema = z.strictObject({
  language: z.enum(['auto', 'zh', 'en']),
  disabledBoards: z.array(z.enum(BOARD_IDS)),
  showPanel: z.boolean(),
  showChips: z.boolean(),
  tintDuties: z.boolean(),
  collapsedSites: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
  historyEnabled: z.boolean(),
  historyDays: z.int().check(z.gte(0), z.lte(3650)),
  customCues: z.array(CustomCueSchema).check(z.maxLength(200)),
});
