import { useState } from 'preact/hooks';
import type { AnalysisResult, CustomCue } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { AnalysisView } from '../analysis-view/AnalysisView';

/** Long pastes are cut so the popup stays responsive; the note says so. */
export const PASTE_CAP = 60_000;

export interface PastedAnalysis {
  title: string;
  text: string;
  result: AnalysisResult;
  capped: boolean;
}

/** Analyse pasted text with the same core and custom cues; the analysis code loads only when used. */
export async function analyzePasted(title: string, text: string, cues: readonly CustomCue[]): Promise<PastedAnalysis> {
  const { analyzePosting } = await import('@/lib/analysis');
  const capped = text.length > PASTE_CAP;
  const body = capped ? text.slice(0, PASTE_CAP) : text;
  const result = analyzePosting(title.trim() ? { title: title.trim(), text: body } : { text: body }, { extraCues: [...cues] });
  return { title: title.trim(), text: body, result, capped };
}

export function PasteBox({ lang, cues, onAnalysed }: { lang: UiLang; cues: readonly CustomCue[]; onAnalysed?: (a: PastedAnalysis) => void }) {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [pasted, setPasted] = useState<PastedAnalysis | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) {
      setError(t(lang, 'pasteEmpty'));
      setPasted(null);
      return;
    }
    try {
      setError('');
      const analysis = await analyzePasted(title, text, cues);
      setPasted(analysis);
      onAnalysed?.(analysis);
    } catch (err) {
      setError(t(lang, 'popupFailed', err instanceof Error ? err.message : t(lang, 'popupFailedUnknown')));
    }
  };
  return (
    <section class="rl-paste" aria-labelledby="rl-paste-heading">
      <h2 id="rl-paste-heading">{t(lang, 'pasteHeading')}</h2>
      <form onSubmit={submit} class="rl-paste__form">
        <label>
          <span>{t(lang, 'pasteTitleLabel')}</span>
          <input type="text" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t(lang, 'pasteLabel')}</span>
          <textarea rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} aria-invalid={error ? 'true' : undefined} aria-describedby="rl-paste-error" />
        </label>
        <div class="rl-paste__row">
          <button type="submit" class="rl-primary">
            {t(lang, 'pasteButton')}
          </button>
          <span id="rl-paste-error" class="rl-paste__error" role="alert">
            {error}
          </span>
        </div>
      </form>
      {pasted && (
        <div class="rl-paste__result">
          {pasted.capped && <p class="rl-note">{t(lang, 'pasteCapped', PASTE_CAP)}</p>}
          <AnalysisView result={pasted.result} lang={lang} posting={{ site: 'paste', title: pasted.title || undefined }} />
        </div>
      )}
    </section>
  );
}
