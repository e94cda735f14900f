import type { Scores } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The mix formula with this posting's own numbers filled in. */
export function HowScored({ scores, lang }: { scores: Scores; lang: UiLang }) {
  const { M, O, counts, mix } = scores;
  return (
    <details class="rl-how">
      <summary>{t(lang, 'howScored')}</summary>
      <ul class="rl-how__lines">
        <li>{t(lang, 'howScoredM', counts.marketing, counts.shared, num(M))}</li>
        <li>{t(lang, 'howScoredO', counts.operations, counts.shared, num(O))}</li>
        <li class="rl-how__mix">
          {M + O === 0 ? t(lang, 'howScoredMixNone') : t(lang, 'howScoredMix', num(M), num(O), num(M + O), mix)}
        </li>
        <li>{t(lang, 'howScoredMeaning')}</li>
        <li>{t(lang, 'howScoredBands')}</li>
        <li>{t(lang, 'howScoredSpill', Math.round(scores.spillover * 100))}</li>
      </ul>
    </details>
  );
}
