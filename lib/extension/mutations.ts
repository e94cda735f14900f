// Which DOM changes re-run the content script: any change to the page, but not our own hosts being
// added, removed or re-rendered, nor the tint's style element (that would loop).
import { CHIP_HOST } from './chips';
import { PANEL_HOST } from './panel';
import { SELECTION_HOST } from './selection-panel';
import { HIGHLIGHT_STYLE_ID } from './tint';

const OWN_HOSTS = new Set([PANEL_HOST, CHIP_HOST, SELECTION_HOST].map((name) => name.toUpperCase()));
const isOwn = (node: Node): boolean =>
  OWN_HOSTS.has(node.nodeName) || (node.nodeName === 'STYLE' && (node as Element).id === HIGHLIGHT_STYLE_ID);

/** True when a batch of mutations touched the page itself, not only our own hosts. */
export function touchesPage(records: readonly MutationRecord[]): boolean {
  return records.some((r) => {
    if (isOwn(r.target)) return false;
    if (r.type !== 'childList') return true;
    return ![...r.addedNodes].every(isOwn) || ![...r.removedNodes].every(isOwn);
  });
}
