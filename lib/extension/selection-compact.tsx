// The board script's panel body for a selection, used only when the browser granted no activeTab
// (so the full view could not be injected): the score, the domain split and the verdict, with the
// components the board script already ships. The popup shows the full split as the last analysis.
import { DomainBar } from '../../components/domain-bar/DomainBar';
import { MixGauge } from '../../components/mix-gauge/MixGauge';
import { t } from '../i18n';
import type { SelectionBodyProps } from './selection-panel';
import { UI_CSS } from './ui-styles';

export function CompactSelectionBody({ result, lang }: SelectionBodyProps) {
  const { scores } = result;
  return (
    <div class="rl-panel rl-sel__compact">
      <div class="rl-panel__head">
        <MixGauge mix={scores.mix} band={scores.band} lang={lang} size="small" />
        <span class={`rl-panel__band rl-band--${scores.band}`}>{t(lang, `band_${scores.band}`)}</span>
      </div>
      <DomainBar counts={scores.counts} lang={lang} />
      <p class="rl-panel__verdict">{result.verdict[lang]}</p>
    </div>
  );
}

export const COMPACT_SELECTION_CSS = `${UI_CSS}\n.rl-sel__compact{border:0;box-shadow:none;width:auto;}`;
