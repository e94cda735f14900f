// Where the docked panel goes: a corner of the window that does not cover the site's apply button
// (or any other call to action we recognise). Pure choice plus a small DOM probe.
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
const MARGIN = 16;

export function boxAt(corner: Corner, size: { width: number; height: number }, viewport: { width: number; height: number }): Box {
  const left = corner.endsWith('right') ? viewport.width - size.width - MARGIN : MARGIN;
  const top = corner.startsWith('bottom') ? viewport.height - size.height - MARGIN : MARGIN;
  return { left: Math.max(0, left), top: Math.max(0, top), ...size };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;
}

/** The first corner whose box covers none of the obstacles; the least-covering one when all do. */
export function chooseCorner(
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  obstacles: readonly Box[],
): Corner {
  let best: Corner = 'bottom-right';
  let bestHits = Number.POSITIVE_INFINITY;
  for (const corner of CORNERS) {
    const box = boxAt(corner, size, viewport);
    const hits = obstacles.filter((o) => overlaps(box, o)).length;
    if (hits === 0) return corner;
    if (hits < bestHits) [best, bestHits] = [corner, hits];
  }
  return best;
}

// Apply / chat / bookmark buttons on the boards (all versions we know of) and common ATS wording.
const ACTION_SELECTORS = [
  '[class*="apply" i]',
  '[data-testid*="apply" i]',
  '[id*="apply" i]',
  '.btn-startchat', // zhipin: 立即沟通
  '.job-op', // zhipin detail: the action row
  '[class*="deliver" i]', // lagou / 51job: 投递
  '[class*="chat" i]',
].join(',');
const ACTION_TEXT = /^(立即沟通|立即申请|申请职位|投递简历|立即投递|申请|投递|应聘|聊一聊|easy apply|apply( now)?|apply on company site)$/i;

/** Boxes of the visible calls to action on the page, in viewport coordinates. */
export function actionBoxes(doc: Document): Box[] {
  const found = new Set<Element>(doc.querySelectorAll(ACTION_SELECTORS));
  for (const el of doc.querySelectorAll('button, a, [role="button"], input[type="submit"]')) {
    const label = (el.textContent ?? (el as HTMLInputElement).value ?? '').trim();
    if (label.length <= 30 && ACTION_TEXT.test(label)) found.add(el);
  }
  const boxes: Box[] = [];
  for (const el of found) {
    if (el.closest('rolelens-panel, rolelens-chip, rolelens-selection')) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.width < 800 && r.height < 400) boxes.push({ left: r.left, top: r.top, width: r.width, height: r.height });
  }
  return boxes;
}
