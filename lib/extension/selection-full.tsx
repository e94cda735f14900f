// The selection script's panel body: the same full split the popup shows.
import { AnalysisView } from '../../components/analysis-view/AnalysisView';
import { ANALYSIS_VIEW_CSS } from './analysis-view-styles';
import type { SelectionBodyProps } from './selection-panel';

export function FullSelectionBody({ result, posting, lang }: SelectionBodyProps) {
  return <AnalysisView result={result} lang={lang} posting={posting} />;
}

export const FULL_SELECTION_CSS = ANALYSIS_VIEW_CSS;
