// What a list card's chip says: from the duty text the card shows when it shows some, otherwise a
// hint from the title alone, marked as such. Pure: the analysis is passed in.
import type { AnalysisResult, Band, Domain } from '../analysis/schema';
import type { TextToAnalyze } from './analyze';

export interface ChipModel {
  domain: Domain;
  mix: number;
  band: Band;
  titleOnly: boolean;
}

const ORDER: readonly Domain[] = ['marketing', 'operations', 'shared', 'sales', 'product', 'other'];
const TITLE_ROLE_DOMAIN: Record<AnalysisResult['titleInfo']['role'], Domain> = {
  marketing: 'marketing',
  operations: 'operations',
  mix: 'shared',
  none: 'other',
};

/** The domain with the most duties (ties go to the earlier domain in ORDER); null when there are none. */
export function leadingDomain(counts: Record<Domain, number>): Domain | null {
  let best: Domain | null = null;
  for (const domain of ORDER) if (counts[domain] > 0 && (best === null || counts[domain] > counts[best])) best = domain;
  return best;
}

export function chipModelFor(card: { title: string; text: string }, analyze: (input: TextToAnalyze) => AnalysisResult): ChipModel {
  const hasText = card.text.trim().length > 0;
  const result = analyze({ title: card.title, text: hasText ? card.text : '' });
  const fromDuties = hasText ? leadingDomain(result.scores.counts) : null;
  if (fromDuties) return { domain: fromDuties, mix: result.scores.mix, band: result.scores.band, titleOnly: false };
  return { domain: TITLE_ROLE_DOMAIN[result.titleInfo.role], mix: result.scores.mix, band: result.scores.band, titleOnly: true };
}
