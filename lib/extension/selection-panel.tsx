// The right-click result in the page: a panel in a shadow root (host <rolelens-selection>) next to
// the selected text, docked at the bottom on small windows. The selection script fills it with the
// popup's full AnalysisView; the board script (reached only when no activeTab was granted) with a
// compact summary. Esc or the close button removes it; focus moves into it for keyboard users.
import type { ContentScriptContext } from '#imports';
import { render, type ComponentType } from 'preact';
import type { AnalysisResult } from '../analysis/schema';
import { t, type UiLang } from '../i18n';
import type { ExtractedPosting } from '../sites/types';
import { createShadowHost, type ShadowHost } from './shadow-host';

export const SELECTION_HOST = 'rolelens-selection';
const WIDTH = 440;
/** Below this the panel docks at the bottom instead of floating next to the selection. */
export const SMALL_WINDOW = { width: 720, height: 520 };

export interface SelectionBodyProps {
  result: AnalysisResult;
  posting: ExtractedPosting;
  lang: UiLang;
}

export type SelectionView =
  | { kind: 'result'; result: AnalysisResult; posting: ExtractedPosting; cappedFrom?: number }
  | { kind: 'empty' };

const FRAME_CSS = `
.rl-sel{max-height:min(70vh,640px);overflow:auto;border:1px solid var(--rl-border);border-radius:10px;box-shadow:var(--rl-shadow);}
.rl-sel--docked{max-height:55vh;border-radius:10px 10px 0 0;}
.rl-sel:focus{outline:none}
.rl-sel:focus-visible{outline:2px solid var(--rl-focus);outline-offset:-2px}
.rl-sel__bar{position:sticky;top:0;z-index:1;display:flex;align-items:center;gap:8px;padding:6px 8px 6px 12px;background:var(--rl-surface);border-bottom:1px solid var(--rl-border)}
.rl-sel__name{flex:1;font-weight:700}
.rl-sel__note{margin:8px 12px 0;padding:6px 8px;border-radius:6px;background:var(--rl-surface);color:var(--rl-fg)}
.rl-sel__hint{margin:12px}
`;

export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

/** Where the panel goes: fixed coordinates next to the selection, or docked. Pure. */
export function selectionPlacement(anchor: Anchor | null, viewport: { width: number; height: number }): string {
  if (!anchor || viewport.width < SMALL_WINDOW.width || viewport.height < SMALL_WINDOW.height) {
    return 'position:fixed;left:0;right:0;bottom:0;z-index:2147483601;display:block;';
  }
  const left = Math.min(Math.max(8, anchor.left), viewport.width - WIDTH - 8);
  const below = viewport.height - anchor.bottom;
  const vertical = below >= viewport.height * 0.4 ? `top:${Math.round(anchor.bottom + 8)}px` : `bottom:${Math.round(viewport.height - anchor.top + 8)}px`;
  return `position:fixed;left:${Math.round(left)}px;${vertical};width:${WIDTH}px;z-index:2147483601;display:block;`;
}

interface FrameProps {
  view: SelectionView;
  lang: UiLang;
  docked: boolean;
  onClose: () => void;
  Body: ComponentType<SelectionBodyProps>;
}

function SelectionFrame({ view, lang, docked, onClose, Body }: FrameProps) {
  return (
    <section
      class={`rl-theme rl-sel${docked ? ' rl-sel--docked' : ''}`}
      role="dialog"
      aria-label={t(lang, 'panelRegion')}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="rl-sel__bar">
        <span class="rl-sel__name">{t(lang, 'extName')}</span>
        <button type="button" class="rl-panel__icon" aria-label={t(lang, 'panelClose')} title={t(lang, 'panelClose')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {view.kind === 'empty' && <p class="rl-sel__hint">{t(lang, 'selectionEmpty')}</p>}
      {view.kind === 'result' && view.cappedFrom !== undefined && (
        <p class="rl-sel__note" role="status">
          {t(lang, 'pasteCapped', view.posting.text.length)}
        </p>
      )}
      {view.kind === 'result' && <Body result={view.result} posting={view.posting} lang={lang} />}
    </section>
  );
}

export interface SelectionPanel {
  show(view: SelectionView, lang: UiLang, anchor: Anchor | null): void;
  close(): void;
}

export function createSelectionPanel(ctx: ContentScriptContext, Body: ComponentType<SelectionBodyProps>, css: string): SelectionPanel {
  let ui: ShadowHost | null = null;

  const close = () => {
    if (!ui) return;
    render(null, ui.root);
    ui.host.remove();
    ui = null;
  };
  ctx.onInvalidated(close);
  // Esc closes it wherever focus is (the page keeps its own Esc handling when no panel is open).
  ctx.addEventListener(document, 'keydown', (event) => {
    if (ui && event.key === 'Escape') close();
  });

  return {
    close,
    show(view, lang, anchor) {
      close();
      const placement = selectionPlacement(anchor, { width: window.innerWidth, height: window.innerHeight });
      const docked = placement.includes('bottom:0');
      ui = createShadowHost(document, SELECTION_HOST, `${css}\n${FRAME_CSS}`);
      ui.host.style.cssText = placement;
      document.body.append(ui.host);
      render(<SelectionFrame view={view} lang={lang} docked={docked} onClose={close} Body={Body} />, ui.root);
      ui.root.querySelector<HTMLElement>('.rl-sel')?.focus({ preventScroll: true });
    },
  };
}
