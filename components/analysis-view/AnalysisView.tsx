import { useEffect } from 'preact/hooks';
import type { AnalysisResult, Domain, DomainCounts, Duty } from '@/lib/analysis/schema';
import type { ExportedPosting } from '@/lib/export/json';
import { ARTICLE, localeOf, messageAround, t, type UiLang } from '@/lib/i18n';
import { DOMAIN_ORDER } from '../shared/domain-style';
import { AnalysisActions } from './AnalysisActions';
import { DomainSection } from './DomainSection';
import { HowScored } from './HowScored';
import { ScoreSummary } from './ScoreSummary';
import { useReveal } from './use-reveal';
import '../theme.css';
import './analysis-view.css';

export interface AnalysisViewProps {
  result: AnalysisResult;
  lang: UiLang;
  posting?: ExportedPosting;
  /** Adds the "open in a full tab" action. */
  onOpenFull?: () => void;
  /**
   * Paint the top first (scores and each domain's first duties), the rest once the browser is idle:
   * for the popup, whose window shows only the top and must appear at once.
   */
  progressive?: boolean;
  /**
   * Set while `result` is only a glance of the analysis (each domain's first duties, no requirements):
   * each domain's full duty count. The actions, requirements and scoring notes wait for the full result.
   */
  totals?: DomainCounts;
  /** Called once every duty, the requirements and the scoring notes are rendered. */
  onComplete?: () => void;
}

/** Marketing and operations are always shown (an empty side is news too); other domains only when present. */
const ALWAYS: Domain[] = ['marketing', 'operations'];

function dutiesByDomain(duties: readonly Duty[]): Record<Domain, Duty[]> {
  const groups: Record<Domain, Duty[]> = { marketing: [], operations: [], shared: [], sales: [], product: [], other: [] };
  for (const duty of duties) groups[duty.domain].push(duty);
  return groups;
}

/** The full split of one posting: scores on top, then the duties separated by the article's definitions. */
export function AnalysisView({ result, lang, posting, onOpenFull, progressive = false, totals, onComplete }: AnalysisViewProps) {
  const byDomain = dutiesByDomain(result.duties);
  const longest = Math.max(0, ...Object.values(byDomain).map((duties) => duties.length));
  // A glance is already cut to each domain's first duties: shown as it is, and never complete.
  const shown = useReveal(progressive && !totals, longest, result);
  const complete = !totals && shown >= longest;
  useEffect(() => {
    if (complete) onComplete?.();
  }, [complete, result]);
  const title = posting?.title || result.title || t(lang, 'untitled');
  const meta = [posting?.company, posting?.location, posting?.salary].filter(Boolean).join(' · ');
  const domains = DOMAIN_ORDER.filter((d) => ALWAYS.includes(d) || byDomain[d].length > 0);
  return (
    <article class="rl-theme rl-analysis" lang={localeOf(lang)}>
      <header class="rl-analysis__head">
        <h2 class="rl-analysis__title">
          {posting?.url && /^https?:/i.test(posting.url) ? (
            <a href={posting.url} target="_blank" rel="noopener noreferrer">
              {title}
            </a>
          ) : (
            title
          )}
        </h2>
        {meta && <p class="rl-analysis__meta">{meta}</p>}
      </header>
      <ScoreSummary result={result} lang={lang} />
      <AnalysisActions result={result} lang={lang} posting={posting} onOpenFull={onOpenFull} pending={totals !== undefined} />
      <div class="rl-duties">
        <h2 class="rl-duties__heading">{t(lang, 'dutiesHeading')}</h2>
        {result.duties.length === 0 && <p class="rl-duties__none">{t(lang, 'noDuties')}</p>}
        {domains.map((domain) => (
          <DomainSection
            key={domain}
            domain={domain}
            duties={byDomain[domain]}
            total={totals?.[domain]}
            lang={lang}
            shown={complete || totals ? undefined : shown}
          />
        ))}
      </div>
      {complete && result.requirements.length > 0 && (
        <details class="rl-reqs">
          <summary>{t(lang, 'requirementsHeading', result.requirements.length)}</summary>
          <ul>
            {result.requirements.map((r) => (
              <li key={`${r.start}-${r.end}`}>{r.text}</li>
            ))}
          </ul>
        </details>
      )}
      {complete && <HowScored scores={result.scores} lang={lang} />}
      <footer class="rl-analysis__foot">
        {messageAround(lang, 'sourceLinkTitle')[0]}
        <a href={ARTICLE.url} target="_blank" rel="noopener noreferrer" title={ARTICLE.title}>
          {ARTICLE.title}
        </a>
        {messageAround(lang, 'sourceLinkTitle')[1] ?? ''}
      </footer>
    </article>
  );
}
