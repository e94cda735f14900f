// The docked panel on a posting page: PagePanel in a shadow root (host <rolelens-panel>), kept in a
// corner of the window that leaves the site's apply button free. The corner is chosen in the next
// animation frame (reading positions then costs no extra layout) and again on scroll and resize;
// until then the panel is hidden, so it never shows over the button, not even for a frame.
import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import { PagePanel, type PagePanelProps } from '../../components/page-panel/PagePanel';
import { measured } from './perf';
import { actionBoxes, chooseCorner, type Corner } from './placement';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { UI_CSS } from './ui-styles';

export const PANEL_HOST = 'rolelens-panel';

export interface PanelSlot {
  show(props: PagePanelProps): void;
  remove(): void;
  readonly host: HTMLElement | null;
}

function cornerStyle(corner: Corner | null): string {
  const [vertical, horizontal] = (corner ?? 'bottom-right').split('-') as ['top' | 'bottom', 'left' | 'right'];
  const hidden = corner === null ? 'visibility:hidden;' : '';
  return `position:fixed;${vertical}:16px;${horizontal}:16px;z-index:2147483600;display:block;${hidden}`;
}

export function createPanelSlot(ctx: ContentScriptContext): PanelSlot {
  let ui: ShadowHost | null = null;
  let frame = 0;

  const place = () =>
    measured('place', () => {
      const host = ui?.host;
      if (!host?.isConnected) return;
      const rect = host.getBoundingClientRect();
      const corner = chooseCorner({ width: rect.width, height: rect.height }, { width: window.innerWidth, height: window.innerHeight }, actionBoxes(document));
      if (host.dataset.corner !== corner) {
        host.dataset.corner = corner;
        host.style.cssText = cornerStyle(corner);
      }
    });
  const schedulePlace = () => {
    if (frame || !ui) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  ctx.addEventListener(window, 'scroll', schedulePlace, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', schedulePlace, { passive: true });

  const remove = () => {
    if (!ui) return;
    render(null, ui.root);
    ui.host.remove();
    ui = null;
  };
  ctx.onInvalidated(remove);

  return {
    get host() {
      return ui?.host ?? null;
    },
    show(props) {
      measured('panel', () => {
        if (!ui) {
          ui = createShadowHost(document, PANEL_HOST, UI_CSS);
          ui.host.style.cssText = cornerStyle(null);
        }
        if (!ui.host.isConnected) document.body.append(ui.host);
        render(<PagePanel {...props} />, ui.root);
      });
      schedulePlace();
    },
    remove,
  };
}
