import type { Band, Domain } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import { domainColor } from '../shared/domain-style';
import '../theme.css';
import './card-chip.css';

export interface CardChipProps {
  /** The card's leading domain. */
  domain: Domain;
  mix: number;
  band: Band;
  /** The card shows only a title: the chip is a hint, and says so. */
  titleOnly: boolean;
  lang: UiLang;
}

/** The small chip on a list card: leading domain and mix, or a title-only hint. */
export function CardChip({ domain, mix, band, titleOnly, lang }: CardChipProps) {
  const name = t(lang, `domain_${domain}`);
  const detail = titleOnly ? t(lang, 'chipTitleOnly') : t(lang, `band_${band}`);
  const label = t(lang, 'chipLabel', name, mix, detail);
  return (
    <span
      class={`rl-theme rl-chip rl-chip--${domain}${titleOnly ? ' rl-chip--hint' : ''}`}
      role="note"
      aria-label={titleOnly ? `${label}. ${t(lang, 'chipTitleOnlyHint')}` : label}
      title={titleOnly ? t(lang, 'chipTitleOnlyHint') : label}
      data-domain={domain}
      data-title-only={titleOnly ? 'true' : 'false'}
    >
      <span class="rl-chip__dot" style={{ background: domainColor(domain) }} aria-hidden="true" />
      <span class="rl-chip__name" aria-hidden="true">{name}</span>
      {!titleOnly && <span class="rl-chip__mix" aria-hidden="true">{mix}</span>}
      {titleOnly && <em class="rl-chip__hint" aria-hidden="true">{t(lang, 'chipTitleOnly')}</em>}
    </span>
  );
}
