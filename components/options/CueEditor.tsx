import { useState } from 'preact/hooks';
import { DOMAINS, LEVELS, type CustomCue, type Domain, type Level } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { checkNewCue, CUE_MAX } from './cue-rules';

/** Add and remove custom cues; every addition is checked before it reaches the settings. */
export function CueEditor({ cues, lang, onChange }: { cues: readonly CustomCue[]; lang: UiLang; onChange: (next: CustomCue[]) => void }) {
  const [text, setText] = useState('');
  const [domain, setDomain] = useState<Domain | ''>('');
  const [level, setLevel] = useState<Level | ''>('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const draft = { text: text.trim(), ...(domain ? { domain } : {}), ...(level ? { level } : {}) };
    const problem = checkNewCue(draft, cues);
    if (problem) {
      setError(t(lang, problem.key, problem.sub ?? ''));
      return;
    }
    setError('');
    setText('');
    onChange([...cues, { ...draft, weight: 3 }]);
  };
  return (
    <div class="rl-cues">
      <form class="rl-cues__form" onSubmit={add} noValidate>
        <label>
          <span>{t(lang, 'cueText')}</span>
          <input
            type="text"
            name="cue-text"
            value={text}
            maxLength={CUE_MAX + 10}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="rl-cue-error"
          />
        </label>
        <label>
          <span>{t(lang, 'cueDomain')}</span>
          <select name="cue-domain" value={domain} onChange={(e) => setDomain(e.currentTarget.value as Domain | '')}>
            <option value="">{t(lang, 'cueAny')}</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {t(lang, `domain_${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t(lang, 'cueLevel')}</span>
          <select name="cue-level" value={level} onChange={(e) => setLevel(e.currentTarget.value as Level | '')}>
            <option value="">{t(lang, 'cueAny')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(lang, `level_${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="rl-primary">
          {t(lang, 'cueAdd')}
        </button>
      </form>
      <p id="rl-cue-error" class="rl-field-error" role="alert">
        {error}
      </p>
      {cues.length === 0 ? (
        <p class="rl-muted">{t(lang, 'cuesNone')}</p>
      ) : (
        <table class="rl-cues__table">
          <caption class="rl-visually-hidden">{t(lang, 'cuesTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'cueText')}</th>
              <th scope="col">{t(lang, 'cueDomain')}</th>
              <th scope="col">{t(lang, 'cueLevel')}</th>
              <th scope="col">
                <span class="rl-visually-hidden">{t(lang, 'cueRemove', '')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cues.map((cue, i) => (
              <tr key={`${cue.text}-${i}`}>
                <td>{cue.text}</td>
                <td>{cue.domain ? t(lang, `domain_${cue.domain}`) : t(lang, 'cueAny')}</td>
                <td>{cue.level ? t(lang, `level_${cue.level}`) : t(lang, 'cueAny')}</td>
                <td>
                  <button type="button" aria-label={t(lang, 'cueRemove', cue.text)} onClick={() => onChange(cues.filter((_, j) => j !== i))}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
