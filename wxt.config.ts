import { defineConfig, type WxtViteConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

type VitePlugin = NonNullable<WxtViteConfig['plugins']>[number];

const RUNTIME_STRINGS = fileURLToPath(new URL('./lib/extension/runtime-strings.ts', import.meta.url));
const LOCALE_FILE = /_locales\/(en|zh_CN)\/messages\.json$/;
const CONTENT_SCRIPT_ENTRY = /entrypoints\/(content|[^/]+\.content)(\/index)?\.tsx?$/;

/**
 * In content-script builds, lib/i18n's message files become the tables the script fills from the
 * background at start-up (lib/extension/runtime-strings.ts), keeping 26 KB of strings for every
 * page of the extension out of the script injected into job boards. Other builds are untouched.
 */
function contentScriptStrings(): VitePlugin {
  let enabled = false;
  return {
    name: 'rolelens:content-script-strings',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : undefined;
      enabled = [entry].flat().some((e) => typeof e === 'string' && CONTENT_SCRIPT_ENTRY.test(e.replaceAll('\\', '/')));
    },
    resolveId(source) {
      const match = enabled ? LOCALE_FILE.exec(source.replaceAll('\\', '/')) : null;
      return match ? `\0rolelens-strings:${match[1] === 'en' ? 'en' : 'zh'}` : null;
    },
    load(id) {
      if (!id.startsWith('\0rolelens-strings:')) return null;
      const lang = id.slice('\0rolelens-strings:'.length);
      return `import { STRING_TABLES } from ${JSON.stringify(RUNTIME_STRINGS)};\nexport default STRING_TABLES.${lang};\n`;
    },
  };
}

// Manifest and build settings. Permissions are kept minimal on purpose: no all-URLs pattern and no host
// permissions; job boards get a content script by host pattern (see lib/sites BOARD_MATCHES), every
// other page is reached through activeTab (the popup, the context menu and the shortcut).
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  zip: {
    // Firefox's sources package: what a reviewer needs to rebuild, not our screenshots or test pages.
    excludeSources: ['docs/screenshots/**', 'test/**', 'bench/**', 'scripts/**', 'examples/**'],
  },
  vite: () => ({
    plugins: [contentScriptStrings(), preact()],
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
      gecko: {
        id: 'role-lens@rolelens.invalid',
        // Role Lens collects nothing: all analysis and storage stay in the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
