// "See the full split": the popup's page in a tab of its own, for the tab the posting is on.
import { browser } from '#imports';
import { toolbarAction } from '../toolbar-action';

export function fullViewUrl(tabId: number): string {
  return `${browser.runtime.getURL('/popup.html')}?tabId=${tabId}`;
}

export async function openFullView(tabId: number, windowId?: number): Promise<void> {
  await browser.tabs.create({ url: fullViewUrl(tabId), windowId, openerTabId: tabId });
}

/** Opens the toolbar popup where the browser allows it from here; false when it cannot. */
export async function tryOpenPopup(windowId?: number): Promise<boolean> {
  try {
    const action = toolbarAction();
    if (typeof action.openPopup !== 'function') return false;
    await action.openPopup(windowId === undefined ? undefined : { windowId });
    return true;
  } catch (error) {
    console.debug('[role-lens] background: the popup could not be opened', error);
    return false;
  }
}
