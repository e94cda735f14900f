// The toolbar badge: the posting's mix score, coloured by its band, per tab.
import { browser } from '#imports';
import { BAND_COLORS, type Band } from './band-colors';

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
  await browser.action.setBadgeText({ tabId, text: look.text });
  if (look.text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    await browser.action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
  }
}
