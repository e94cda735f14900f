// Bundles the in-page components (PagePanel, CardChip) into a plain test page, rendered in a shadow
// root the way the content script does, for the axe check and the screenshots. esbuild comes with Vite.
import { build, type Plugin } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './harness';

/** Resolve the project's `@/` alias like tsconfig does. */
const projectAlias: Plugin = {
  name: 'project-alias',
  setup(b) {
    b.onResolve({ filter: /^@\// }, async (args) => {
      const rest = args.path.slice(2);
      return b.resolve(`./${rest}`, { resolveDir: ROOT, kind: args.kind });
    });
  },
};

export interface GalleryBundle {
  js: string;
  css: string;
}

export async function buildGallery(): Promise<GalleryBundle> {
  const entry = join(ROOT, 'test/e2e/ui-gallery-entry.tsx');
  if (!existsSync(entry)) throw new Error(`missing ${entry}`);
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outdir: join(ROOT, '.output', 'ui-gallery'),
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.css': 'css', '.json': 'json' },
    plugins: [projectAlias],
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  return { js, css };
}

/**
 * A page that looks like a posting, with the panel docked in a shadow root and a few list chips. The
 * bundle is served separately at `scriptUrl`; the CSS travels in a <template> for the shadow roots.
 */
export function galleryHtml(bundle: GalleryBundle, opts: { lang: 'zh' | 'en'; collapsed?: boolean; scriptUrl: string }): string {
  const config = JSON.stringify({ lang: opts.lang, collapsed: !!opts.collapsed });
  return `<!doctype html><html lang="${opts.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>Role Lens panel</title>
<style>body{font:15px/1.6 sans-serif;margin:0;padding:24px 360px 24px 24px;color:#222;background:#fafafa}
@media (prefers-color-scheme: dark){body{color:#ddd;background:#111}}</style></head>
<body><main><h1 id="posting-title"></h1><div id="posting"></div><ul id="cards"></ul></main>
<div id="rolelens-host"></div>
<script type="application/json" id="gallery-config">${config}</script>
<template id="gallery-css"><style>${bundle.css}</style></template>
<script src="${opts.scriptUrl}"></script></body></html>`;
}
