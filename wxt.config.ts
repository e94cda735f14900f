import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Permissions are kept minimal on purpose: no <all_urls> and no host
// permissions; job boards get a content script by host pattern (see lib/sites BOARD_MATCHES), every
// other page is reached through activeTab (the popup, the context menu and the shortcut).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Same as the context-menu item, for the current selection; activeTab is granted by the shortcut.
      'analyze-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandAnalyzeSelection__',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'role-lens@rolelens.invalid' },
    },
  },
});
