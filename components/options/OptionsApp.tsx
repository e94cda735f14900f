import { useRef, useState } from 'preact/hooks';
import type { CustomCue } from '@/lib/analysis/schema';
import { t, type MessageKey, type UiLang } from '@/lib/i18n';
import { BOARD_IDS, type Settings } from '@/lib/storage/settings';
import { downloadText } from '../shared/download';
import { CueEditor } from './CueEditor';
import { CuePreview } from './CuePreview';
import { parseSettingsFile, settingsToFile } from './settings-file';
import '../theme.css';
import './options.css';

export interface OptionsAppProps {
  settings: Settings;
  lang: UiLang;
  /** Persist a change; resolves with the stored settings. */
  save: (patch: Partial<Settings>) => Promise<Settings>;
}

const IMPORT_REASONS: Record<'bad-json' | 'bad-kind', MessageKey> = { 'bad-json': 'importBadJson', 'bad-kind': 'importBadKind' };

export function OptionsApp({ settings, lang, save }: OptionsAppProps) {
  const [status, setStatus] = useState('');
  const [importMessage, setImportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [daysDraft, setDaysDraft] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const apply = async (patch: Partial<Settings>) => {
    await save(patch);
    setStatus(t(lang, 'saved'));
  };
  const toggleBoard = (id: (typeof BOARD_IDS)[number], on: boolean) =>
    apply({ disabledBoards: on ? settings.disabledBoards.filter((b) => b !== id) : [...settings.disabledBoards, id] });

  const daysText = daysDraft ?? String(settings.historyDays);
  const daysValid = /^\d{1,4}$/.test(daysText) && Number(daysText) <= 3650;
  const commitDays = () => {
    if (daysValid) {
      void apply({ historyDays: Number(daysText) });
      setDaysDraft(null);
    }
  };

  const importFile = async (file: File) => {
    const outcome = parseSettingsFile(await file.text());
    if (!outcome.ok) {
      const reason = outcome.reason === 'invalid' ? (outcome.detail ?? 'invalid') : t(lang, IMPORT_REASONS[outcome.reason]);
      setImportMessage({ ok: false, text: t(lang, 'importRejected', reason) });
      return;
    }
    await save(outcome.settings);
    setImportMessage({ ok: true, text: t(lang, 'importOk') });
  };

  const check = (label: MessageKey, checked: boolean, key: keyof Settings, name: string) => (
    <label class="rl-check">
      <input type="checkbox" name={name} checked={checked} onChange={(e) => void apply({ [key]: e.currentTarget.checked })} />
      {t(lang, label)}
    </label>
  );

  return (
    <div class="rl-theme rl-options">
      <header class="rl-options__head">
        <h1>{t(lang, 'optionsTitle')}</h1>
        <p class="rl-muted">{t(lang, 'appTagline')}</p>
        <p class="rl-options__status" role="status" aria-live="polite">
          {status}
        </p>
      </header>

      <section aria-labelledby="opt-lang">
        <h2 id="opt-lang">{t(lang, 'optLanguage')}</h2>
        <fieldset class="rl-radios">
          <legend class="rl-visually-hidden">{t(lang, 'optLanguage')}</legend>
          {(['auto', 'zh', 'en'] as const).map((value) => (
            <label key={value} class="rl-check">
              <input type="radio" name="language" value={value} checked={settings.language === value} onChange={() => void apply({ language: value })} />
              {t(lang, value === 'auto' ? 'optLanguageAuto' : value === 'zh' ? 'optLanguageZh' : 'optLanguageEn')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-boards">
        <h2 id="opt-boards">{t(lang, 'optBoards')}</h2>
        <p class="rl-muted">{t(lang, 'optBoardsHint')}</p>
        <div class="rl-grid">
          {BOARD_IDS.map((id) => (
            <label key={id} class="rl-check">
              <input type="checkbox" name={`board-${id}`} checked={!settings.disabledBoards.includes(id)} onChange={(e) => void toggleBoard(id, e.currentTarget.checked)} />
              {t(lang, `board_${id}`)}
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="opt-display">
        <h2 id="opt-display">{t(lang, 'optDisplay')}</h2>
        {check('optShowPanel', settings.showPanel, 'showPanel', 'show-panel')}
        {check('optShowChips', settings.showChips, 'showChips', 'show-chips')}
        {check('optTint', settings.tintDuties, 'tintDuties', 'tint')}
      </section>

      <section aria-labelledby="opt-history">
        <h2 id="opt-history">{t(lang, 'optHistory')}</h2>
        {check('optHistoryEnabled', settings.historyEnabled, 'historyEnabled', 'history-enabled')}
        <label class="rl-field">
          <span>{t(lang, 'optHistoryDays')}</span>
          <input
            type="number"
            name="history-days"
            min={0}
            max={3650}
            step={1}
            value={daysText}
            disabled={!settings.historyEnabled}
            aria-invalid={daysValid ? undefined : 'true'}
            aria-describedby="opt-days-error"
            onInput={(e) => setDaysDraft(e.currentTarget.value)}
            onChange={commitDays}
            onBlur={commitDays}
          />
        </label>
        <p id="opt-days-error" class="rl-field-error" role="alert">
          {daysValid ? '' : t(lang, 'optHistoryDaysInvalid')}
        </p>
      </section>

      <section aria-labelledby="opt-cues">
        <h2 id="opt-cues">{t(lang, 'optCues')}</h2>
        <p class="rl-muted">{t(lang, 'optCuesHint')}</p>
        <CueEditor cues={settings.customCues} lang={lang} onChange={(customCues: CustomCue[]) => void apply({ customCues })} />
        <h3>{t(lang, 'previewHeading')}</h3>
        <CuePreview cues={settings.customCues} lang={lang} />
      </section>

      <section aria-labelledby="opt-backup">
        <h2 id="opt-backup">{t(lang, 'optBackup')}</h2>
        <div class="rl-row">
          <button type="button" data-action="export-settings" onClick={() => downloadText('rolelens-settings.json', settingsToFile(settings), 'application/json')}>
            {t(lang, 'exportSettings')}
          </button>
          <button type="button" data-action="import-settings" onClick={() => fileInput.current?.click()}>
            {t(lang, 'importSettings')}
          </button>
          <input
            ref={fileInput}
            type="file"
            name="import-file"
            accept="application/json,.json"
            class="rl-visually-hidden"
            tabIndex={-1}
            aria-label={t(lang, 'importSettings')}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        {importMessage && (
          <p class={importMessage.ok ? 'rl-ok' : 'rl-field-error'} role="alert" data-import={importMessage.ok ? 'ok' : 'rejected'}>
            {importMessage.text}
          </p>
        )}
      </section>
    </div>
  );
}
