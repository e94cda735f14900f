import type { AnalysisResult } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { DomainBar } from '../domain-bar/DomainBar';
import { MixGauge } from '../mix-gauge/MixGauge';

const FIT_TONE: Record<string, string> = {
  fits: 'good',
  mixed: 'warn',
  understated: 'warn',
  mislabelled: 'bad',
  inflated: 'bad',
  unknown: 'neutral',
};

/** Gauge + band, the verdict, the two fit badges with their reasons, and the domain bar. */
export function ScoreSummary({ result, lang }: { result: AnalysisResult; lang: UiLang }) {
  const { scores, reasons } = result;
  return (
    <div class="rl-summary">
      <div class="rl-summary__top">
        <MixGauge mix={scores.mix} band={scores.band} lang={lang} />
        <div class="rl-summary__words">
          <p class={`rl-band rl-band--${scores.band}`}>{t(lang, `band_${scores.band}`)}</p>
          <p class="rl-verdict">{result.verdict[lang]}</p>
        </div>
      </div>
      <ul class="rl-badges">
        <li class={`rl-badge rl-badge--${FIT_TONE[scores.titleFit]}`} data-fit={scores.titleFit}>
          <span class="rl-badge__label">{t(lang, `titleFit_${scores.titleFit}`)}</span>
          <span class="rl-badge__reason">{reasons.titleFit[lang]}</span>
        </li>
        <li class={`rl-badge rl-badge--${FIT_TONE[scores.seniorityFit]}`} data-fit={scores.seniorityFit}>
          <span class="rl-badge__label">{t(lang, `seniorityFit_${scores.seniorityFit}`)}</span>
          <span class="rl-badge__reason">{reasons.seniorityFit[lang]}</span>
        </li>
      </ul>
      <DomainBar counts={scores.counts} lang={lang} />
    </div>
  );
}
