import type { JSX } from 'preact';
import type { AnalysisResult } from '@/lib/analysis/schema';
import { localeOf, t, type UiLang } from '@/lib/i18n';
import { DomainBar } from '../domain-bar/DomainBar';
import { MixGauge } from '../mix-gauge/MixGauge';
import '../theme.css';
import './page-panel.css';

export interface PagePanelProps {
  result: AnalysisResult;
  /** Characters analysed, when a very long posting was analysed from its start only. */
  cappedAt?: number;
  lang: UiLang;
  collapsed: boolean;
  onToggleCollapse: () => void;
  tinted: boolean;
  onToggleTint: () => void;
  onOpenFull: () => void;
  onClose?: () => void;
}

/** The small panel docked on a posting page: mix, domain bar, verdict, and a way to the full split. */
export function PagePanel(props: PagePanelProps) {
  const { result, lang, collapsed, tinted } = props;
  const { scores } = result;
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && props.onClose) {
      e.stopPropagation();
      props.onClose();
    }
  };
  return (
    <aside
      class={`rl-theme rl-panel${collapsed ? ' rl-panel--collapsed' : ''}`}
      aria-label={t(lang, 'panelRegion')}
      lang={localeOf(lang)}
      onKeyDown={onKeyDown}
    >
      <div class="rl-panel__head">
        <MixGauge mix={scores.mix} band={scores.band} lang={lang} size="small" />
        <div class="rl-panel__headline">
          <span class="rl-panel__brand">{t(lang, 'extName')}</span>
          <span class={`rl-panel__band rl-band--${scores.band}`}>{t(lang, `band_${scores.band}`)}</span>
        </div>
        <button
          type="button"
          class="rl-panel__icon"
          aria-expanded={!collapsed}
          aria-label={t(lang, collapsed ? 'panelExpand' : 'panelCollapse')}
          title={t(lang, collapsed ? 'panelExpand' : 'panelCollapse')}
          onClick={props.onToggleCollapse}
        >
          <span aria-hidden="true">{collapsed ? '▴' : '▾'}</span>
        </button>
        {props.onClose && (
          <button type="button" class="rl-panel__icon" aria-label={t(lang, 'panelClose')} title={t(lang, 'panelClose')} onClick={props.onClose}>
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {!collapsed && (
        <div class="rl-panel__body">
          <DomainBar counts={scores.counts} lang={lang} />
          <p class="rl-panel__verdict">{result.verdict[lang]}</p>
          {props.cappedAt !== undefined && (
            <p class="rl-panel__note" role="status">
              {t(lang, 'pasteCapped', props.cappedAt)}
            </p>
          )}
          <label class="rl-panel__tint">
            <input type="checkbox" checked={tinted} onChange={props.onToggleTint} />
            {t(lang, 'panelTint')}
          </label>
          <button type="button" class="rl-primary" onClick={props.onOpenFull}>
            {t(lang, 'panelOpenFull')}
          </button>
        </div>
      )}
    </aside>
  );
}
