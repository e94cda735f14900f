import type { Band } from '@/lib/analysis/schema';
import { t, type UiLang } from '@/lib/i18n';
import './mix-gauge.css';

const R = 40;
const HALF = Math.PI * R;

/** A half-circle gauge of the mix score; the number and band are also text, not only colour. */
export function MixGauge({ mix, band, lang, size = 'large' }: { mix: number; band: Band; lang: UiLang; size?: 'large' | 'small' }) {
  const clamped = Math.max(0, Math.min(100, mix));
  const label = t(lang, 'gaugeLabel', clamped, t(lang, `band_${band}`));
  return (
    <div class={`rl-gauge rl-gauge--${size} rl-gauge--${band}`} role="img" aria-label={label}>
      <svg viewBox="0 0 100 56" aria-hidden="true" focusable="false">
        <path class="rl-gauge__track" d="M10 50 A40 40 0 0 1 90 50" pathLength={HALF} />
        <path
          class="rl-gauge__value"
          d="M10 50 A40 40 0 0 1 90 50"
          pathLength={HALF}
          stroke-dasharray={`${(clamped / 100) * HALF} ${HALF}`}
        />
      </svg>
      <div class="rl-gauge__text" aria-hidden="true">
        <span class="rl-gauge__number">{clamped}</span>
        <span class="rl-gauge__caption">{t(lang, 'mixLabel')}</span>
      </div>
    </div>
  );
}
