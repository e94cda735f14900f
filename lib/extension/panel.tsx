// The docked panel on a posting page: PagePanel in a shadow root (host <rolelens-panel>), kept in a
// corner of the window that leaves the site's apply button free, re-placed on scroll and resize.
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { render } from 'preact';
import { PagePanel, type PagePanelProps } from '../../components/page-panel/PagePanel';
import { measured } from './perf';
import { actionBoxes, chooseCorner, type Corner } from './placement';
import { UI_CSS } from './ui-styles';

export const PANEL_HOST = 'rolelens-panel';

export interface PanelSlot {
  show(props: PagePanelProps): Promise<void>;
  remove(): void;
  readonly host: HTMLElement | null;
}

function cornerStyle(corner: Corner): string {
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  return `position:fixed;${vertical}:16px;${horizontal}:16px;z-index:2147483600;display:block;`;
}

export function createPanelSlot(ctx: ContentScriptContext): PanelSlot {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mounting: Promise<ShadowRootContentScriptUi<void>> | null = null;
  let frame = 0;

  const place = () => {
    const host = ui?.shadowHost;
    if (!host?.isConnected) return;
    const rect = host.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const corner = chooseCorner({ width: rect.width, height: rect.height }, viewport, actionBoxes(document));
    host.dataset.corner = corner;
    host.style.cssText = cornerStyle(corner);
  };
  const schedulePlace = () => {
    if (frame) return;
    frame = ctx.requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  ctx.addEventListener(window, 'scroll', schedulePlace, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', schedulePlace, { passive: true });

  const ensureUi = () => {
    mounting ??= createShadowRootUi(ctx, {
      name: PANEL_HOST,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: UI_CSS,
      onMount: () => undefined,
      onRemove: () => undefined,
    }).then((created) => {
      created.mount();
      created.shadowHost.style.cssText = cornerStyle('bottom-right');
      return created;
    });
    return mounting;
  };

  return {
    get host() {
      return ui?.shadowHost ?? null;
    },
    async show(props) {
      const pending = ensureUi();
      const current = await pending;
      if (pending !== mounting) {
        current.remove(); // removed while it was being created
        return;
      }
      ui = current;
      if (!current.shadowHost.isConnected) current.mount();
      measured('panel', () => {
        render(<PagePanel {...props} />, current.uiContainer);
        place();
      });
    },
    remove() {
      if (ui) render(null, ui.uiContainer);
      ui?.remove();
      if (!ui) void mounting?.then((created) => created.remove());
      ui = null;
      mounting = null;
    },
  };
}
