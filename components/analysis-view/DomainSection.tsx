import { useId } from 'preact/hooks';
import type { Domain, Duty } from '@/lib/analysis/schema';
import { ARTICLE, t, type UiLang } from '@/lib/i18n';
import { domainColor } from '../shared/domain-style';
import { DutyItem } from './DutyItem';

interface DomainSectionProps {
  domain: Domain;
  duties: Duty[];
  /** How many duties the domain has when `duties` are only its first ones (a glance). */
  total?: number;
  lang: UiLang;
  /** Render only the first `shown` duties for now (the count still says how many there are). */
  shown?: number;
}

/** A domain's duties under one sentence on what that domain answers for, with a link to the source. */
export function DomainSection({ domain, duties, total = duties.length, lang, shown }: DomainSectionProps) {
  const headingId = useId();
  return (
    <section class={`rl-section rl-section--${domain}`} aria-labelledby={headingId} data-domain={domain}>
      <h3 id={headingId} class="rl-section__title">
        <span class="rl-section__swatch" style={{ background: domainColor(domain) }} aria-hidden="true" />
        {t(lang, `domain_${domain}`)}
        <span class="rl-section__count">{total === 1 ? t(lang, 'sectionCountOne') : t(lang, 'sectionCount', total)}</span>
      </h3>
      <p class="rl-section__accountable">
        {t(lang, `accountable_${domain}`)}{' '}
        <a href={ARTICLE.url} target="_blank" rel="noopener noreferrer" title={ARTICLE.title} class="rl-source">
          {t(lang, 'sourceLink')}
        </a>
      </p>
      {duties.length > 0 ? (
        <ol class="rl-duties__list">
          {(shown === undefined ? duties : duties.slice(0, shown)).map((duty) => (
            <DutyItem key={`${duty.start}-${duty.end}`} duty={duty} lang={lang} />
          ))}
        </ol>
      ) : (
        <p class="rl-section__empty">{t(lang, 'mdNone')}</p>
      )}
    </section>
  );
}
