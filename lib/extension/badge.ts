// The toolbar badge: the posting's mix score, coloured by its band, per tab.
import { BAND_COLORS, type Band } from './band-colors';
import { toolbarAction } from './toolbar-action';

export { BAND_COLORS };

export interface BadgeLook {
  text: string;
  color: string;
}

export function badgeFor(scores: { mix: number; band: Band } | null): BadgeLook {
  if (!scores) return { text: '', color: BAND_COLORS.none };
  return { text: String(scores.mix), color: BAND_COLORS[scores.band] };
}

export async function showBadge(tabId: number, scores: { mix: number; band: Band } | null): Promise<void> {
  const look = badgeFor(scores);
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: look.text });
  if (look.text) {
    await action.setBadgeBackgroundColor({ tabId, color: look.color });
    await action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
  }
}
