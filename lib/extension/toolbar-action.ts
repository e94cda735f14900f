// The toolbar button's API: `action` in MV3 (Chrome, Edge), `browserAction` in the MV2 Firefox build.
import { browser } from '#imports';

type ToolbarAction = typeof browser.action;

export function toolbarAction(): ToolbarAction {
  const api = browser as unknown as { action?: ToolbarAction; browserAction?: ToolbarAction };
  return (api.action ?? api.browserAction)!;
}
