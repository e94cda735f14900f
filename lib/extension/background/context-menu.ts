// The "Analyze selection with Role Lens" menu item and the keyboard shortcut that does the same.
import { browser } from '#imports';
import { resolveUiLang, t } from '../../i18n';
import { getSettings, watchSettings, type Settings } from '../../storage/settings';
import { analyzeSelectionInTab } from './selection-flow';

export const MENU_ID = 'rolelens-analyze-selection';
export const COMMAND_ID = 'analyze-selection';

function menuTitle(settings: Settings): string {
  return t(resolveUiLang(settings.language, browser.i18n.getUILanguage()), 'menuAnalyzeSelection');
}

async function createMenu(): Promise<void> {
  const title = menuTitle(await getSettings());
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'] });
}

/** Listeners are added synchronously so a restarted service worker still receives the click. */
export function registerSelectionEntryPoints(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void analyzeSelectionInTab(tab, {
      text: info.selectionText,
      frameId: info.frameId,
      pageUrl: info.pageUrl,
      trigger: 'menu',
    });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_ID) return;
    void analyzeSelectionInTab(tab, { trigger: 'command' });
  });
  // The menu follows the language option, like every other string.
  watchSettings((settings) => void browser.contextMenus.update(MENU_ID, { title: menuTitle(settings) }).catch(() => {}));
}
