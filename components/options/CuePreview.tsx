import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysisResult, CustomCue } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { AnalysisView } from '../analysis-view/AnalysisView';
import { SAMPLE_POSTING } from './sample-posting';

type Analyze = (typeof import('@/lib/analysis'))['analyzePosting'];

/** The sample posting (editable) analysed with the current cues, re-run on every change. */
export function CuePreview({ cues, lang }: { cues: readonly CustomCue[]; lang: UiLang }) {
  const [text, setText] = useState(SAMPLE_POSTING[lang].text);
  const [analyze, setAnalyze] = useState<Analyze | null>(null);
  useEffect(() => {
    setText(SAMPLE_POSTING[lang].text);
  }, [lang]);
  useEffect(() => {
    void import('@/lib/analysis').then((m) => setAnalyze(() => m.analyzePosting));
  }, []);
  const result: AnalysisResult | null = useMemo(
    () => (analyze ? analyze({ title: SAMPLE_POSTING[lang].title, text }, { extraCues: [...cues] }) : null),
    [analyze, text, cues, lang],
  );
  return (
    <div class="rl-preview">
      <p class="rl-muted">{t(lang, 'previewHint')}</p>
      <label class="rl-preview__text">
        <span class="rl-visually-hidden">{t(lang, 'pasteLabel')}</span>
        <textarea rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <div class="rl-preview__result" aria-live="polite" aria-busy={result ? 'false' : 'true'}>
        {result ? <AnalysisView result={result} lang={lang} posting={{ title: SAMPLE_POSTING[lang].title }} /> : t(lang, 'popupLoading')}
      </div>
    </div>
  );
}
