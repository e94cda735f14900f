import type { DomainCounts } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { DOMAIN_ORDER, domainColor } from '../shared/domain-style';
import './domain-bar.css';

/** Stacked bar of duty counts by domain, with a text legend so colour is never the only carrier. */
export function DomainBar({ counts, lang, legend = true }: { counts: DomainCounts; lang: UiLang; legend?: boolean }) {
  const present = DOMAIN_ORDER.filter((d) => counts[d] > 0);
  const total = present.reduce((sum, d) => sum + counts[d], 0);
  const parts = present.map((d) => t(lang, 'domainBarSegment', t(lang, `domain_${d}`), counts[d]));
  const summary = `${t(lang, 'domainBarLabel')}: ${parts.join(', ') || '0'}`;
  return (
    <div class="rl-dbar">
      <div class="rl-dbar__bar" role="img" aria-label={summary}>
        {present.map((d) => (
          <span
            key={d}
            class={`rl-dbar__seg rl-dbar__seg--${d}`}
            style={{ flexGrow: counts[d], background: domainColor(d) }}
            title={t(lang, 'domainBarSegment', t(lang, `domain_${d}`), counts[d])}
          />
        ))}
        {total === 0 && <span class="rl-dbar__seg rl-dbar__seg--empty" style={{ flexGrow: 1 }} />}
      </div>
      {legend && present.length > 0 && (
        <ul class="rl-dbar__legend" aria-hidden="true">
          {present.map((d) => (
            <li key={d}>
              <span class="rl-dbar__swatch" style={{ background: domainColor(d) }} />
              {t(lang, 'domainBarSegment', t(lang, `domain_${d}`), counts[d])}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
