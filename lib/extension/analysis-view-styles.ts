// The full AnalysisView's CSS, for the selection script only (the board script shows a compact view).
import { orderedCss, UI_CSS } from './ui-styles';

const modules = import.meta.glob<string>('../../components/analysis-view/*.css', { query: '?inline', import: 'default', eager: true });

export const ANALYSIS_VIEW_CSS = `${UI_CSS}\n${orderedCss(modules)}`;
