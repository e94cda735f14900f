// Pure: the settings backup file. Export writes every setting and cue; import accepts only a file
// that is valid as a whole, and otherwise says why.
import { StrictSettingsSchema, type Settings } from '@/lib/storage/settings';
import { CUE_MIN, firstDuplicate } from './cue-rules';

export const SETTINGS_FILE_KIND = 'rolelens-settings';

export function settingsToFile(settings: Settings, exportedAt = new Date()): string {
  return `${JSON.stringify({ kind: SETTINGS_FILE_KIND, version: 1, exportedAt: exportedAt.toISOString(), settings }, null, 2)}\n`;
}

export type ImportOutcome =
  | { ok: true; settings: Settings }
  | { ok: false; reason: 'bad-json' | 'bad-kind' | 'invalid'; detail?: string };

export function parseSettingsFile(text: string): ImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { kind?: unknown }).kind !== SETTINGS_FILE_KIND) {
    return { ok: false, reason: 'bad-kind' };
  }
  const parsed = StrictSettingsSchema.safeParse((data as { settings?: unknown }).settings);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `settings.${issue.path.join('.')}` : 'settings';
    return { ok: false, reason: 'invalid', detail: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  const short = parsed.data.customCues.find((c) => [...c.text.trim()].length < CUE_MIN);
  if (short) return { ok: false, reason: 'invalid', detail: `settings.customCues: "${short.text}" is too short` };
  const dup = firstDuplicate(parsed.data.customCues);
  if (dup !== null) return { ok: false, reason: 'invalid', detail: `settings.customCues: "${dup}" appears twice` };
  return { ok: true, settings: parsed.data };
}
