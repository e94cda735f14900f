import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Permissions are kept minimal on purpose: no <all_urls>;
// job boards get a content script by host pattern, every other page is reached through activeTab.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Role Lens 职能透镜',
    description: 'Reads a job posting and shows how its duties split between marketing and operations.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    browser_specific_settings: {
      gecko: { id: 'role-lens@rolelens.invalid' },
    },
  },
});
