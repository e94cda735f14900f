import { t, type MessageKey, type UiLang } from '@/lib/i18n';
import { BOARD_IDS } from '@/lib/storage/settings';

const SPECIAL: Record<string, MessageKey> = { generic: 'site_generic', selection: 'site_selection', paste: 'site_paste' };

/** A site id from an adapter ('zhipin', 'generic', …) as a reader would name it; unknown ids as they are. */
export function siteLabel(lang: UiLang, site: string): string {
  if ((BOARD_IDS as readonly string[]).includes(site)) return t(lang, `board_${site as (typeof BOARD_IDS)[number]}`);
  const key = SPECIAL[site];
  return key ? t(lang, key) : site;
}
