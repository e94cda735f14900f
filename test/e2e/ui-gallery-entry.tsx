// Runs in the gallery page: analyses a sample posting with the real core and shows the docked panel
// (in a shadow root, like the content script) and a few list-card chips.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { analyzePosting } from '@/lib/analysis';
import { CardChip } from '@/components/card-chip/CardChip';
import { PagePanel } from '@/components/page-panel/PagePanel';
import { SAMPLE_POSTING } from '@/components/options/sample-posting';
import type { UiLang } from '@/lib/i18n';

const config = JSON.parse(document.getElementById('gallery-config')!.textContent!) as { lang: UiLang; collapsed: boolean };
const sample = SAMPLE_POSTING[config.lang];
const result = analyzePosting(sample);

document.getElementById('posting-title')!.textContent = sample.title;
document.getElementById('posting')!.innerText = sample.text;

const host = document.getElementById('rolelens-host')!;
host.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483647';
const shadow = host.attachShadow({ mode: 'open' });
const template = document.getElementById('gallery-css') as HTMLTemplateElement;
const styleFor = () => template.content.cloneNode(true);
shadow.append(styleFor());
const mountPoint = document.createElement('div');
shadow.append(mountPoint);

function Panel() {
  const [collapsed, setCollapsed] = useState(config.collapsed);
  const [tinted, setTinted] = useState(false);
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  return (
    <PagePanel
      result={result}
      lang={config.lang}
      collapsed={collapsed}
      onToggleCollapse={() => setCollapsed(!collapsed)}
      tinted={tinted}
      onToggleTint={() => setTinted(!tinted)}
      onOpenFull={() => document.body.setAttribute('data-open-full', '1')}
      onClose={() => setClosed(true)}
    />
  );
}
render(<Panel />, mountPoint);

// Chips as they would sit on list cards (each in its own shadow root on a real board).
const cards = document.getElementById('cards')!;
const chips = [
  { title: config.lang === 'zh' ? '新媒体运营' : 'Community Manager', domain: 'operations', mix: 35, band: 'leaning', titleOnly: false },
  { title: config.lang === 'zh' ? '品牌经理' : 'Brand Manager', domain: 'marketing', mix: 0, band: 'clear', titleOnly: true },
] as const;
for (const c of chips) {
  const li = document.createElement('li');
  li.textContent = `${c.title} `;
  const chipHost = document.createElement('span');
  const chipShadow = chipHost.attachShadow({ mode: 'open' });
  const chipMount = document.createElement('span');
  chipShadow.append(styleFor(), chipMount);
  li.append(chipHost);
  cards.append(li);
  render(<CardChip domain={c.domain} mix={c.mix} band={c.band} titleOnly={c.titleOnly} lang={config.lang} />, chipMount);
}
document.body.setAttribute('data-gallery-ready', '1');
