// The CLI's readable report: the mix with a bar, the duties under each domain with what that domain is
// accountable for, the cue words marked, and the verdict.
import { DOMAINS } from '../analysis/constants';
import type { AnalysisResult, Duty, Lang } from '../analysis/schema';
import { ARTICLE, t } from '../i18n';

export interface ReportStyle {
  color: boolean;
}

const ANSI = { bold: '\x1b[1m', dim: '\x1b[2m', under: '\x1b[4m', reset: '\x1b[0m' };

/** Mark cue spans inside a duty: «cue» in plain text, underlined on a terminal. */
export function markCues(duty: Duty, style: ReportStyle): string {
  const spans = duty.cues
    .map((c) => ({ start: c.start - duty.start, end: c.end - duty.start }))
    .filter((s) => s.start >= 0 && s.end <= duty.text.length && s.end > s.start)
    .sort((a, b) => a.start - b.start);
  // Merge overlapping spans so marks never nest.
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const [open, close] = style.color ? [ANSI.under, ANSI.reset] : ['«', '»'];
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += duty.text.slice(at, s.start) + open + duty.text.slice(s.start, s.end) + close;
    at = s.end;
  }
  return out + duty.text.slice(at);
}

export function mixBar(mix: number, width = 20): string {
  const filled = Math.round((mix / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function formatTextReport(result: AnalysisResult, lang: Lang, style: ReportStyle, id?: string): string {
  const b = (s: string) => (style.color ? ANSI.bold + s + ANSI.reset : s);
  const dim = (s: string) => (style.color ? ANSI.dim + s + ANSI.reset : s);
  const zh = lang === 'zh';
  const { scores } = result;
  const lines: string[] = [];
  const heading = result.title || id || '';
  if (heading) lines.push(b(heading));
  lines.push(
    `${zh ? '混合度' : 'Mix'} ${mixBar(scores.mix)} ${b(String(scores.mix))}/100  ${t(lang, `band_${scores.band}`)}`,
    dim(
      zh
        ? `M = 市场 ${scores.counts.marketing} + ½·交叉 ${scores.counts.shared} = ${scores.M}; O = 运营 ${scores.counts.operations} + ½·交叉 ${scores.counts.shared} = ${scores.O}; 混合度 = round(100·2·min(M,O)/(M+O)) = ${scores.mix}`
        : `M = marketing ${scores.counts.marketing} + ½·shared ${scores.counts.shared} = ${scores.M}; O = operations ${scores.counts.operations} + ½·shared ${scores.counts.shared} = ${scores.O}; mix = round(100·2·min(M,O)/(M+O)) = ${scores.mix}`,
    ),
    `${zh ? '外溢（销售/产品）' : 'Spill-over (sales/product)'}: ${Math.round(scores.spillover * 100)}%`,
    `${zh ? '标题匹配' : 'Title fit'}: ${scores.titleFit} — ${result.reasons.titleFit[lang]}`,
    `${zh ? '级别匹配' : 'Seniority fit'}: ${scores.seniorityFit} — ${result.reasons.seniorityFit[lang]}`,
    '',
  );
  for (const domain of DOMAINS) {
    const duties = result.duties.filter((d) => d.domain === domain);
    if (!duties.length) continue;
    // The same names and sentences as the extension's UI: one source of strings (public/_locales).
    lines.push(`${b(`${t(lang, `domain_${domain}`)} (${duties.length})`)} ${dim(t(lang, `accountable_${domain}`))}`);
    for (const duty of duties) {
      lines.push(`  • [${t(lang, `level_${duty.level}`)}] ${markCues(duty, style)}`);
    }
    lines.push('');
  }
  if (result.requirements.length) {
    lines.push(dim(zh ? `任职要求 ${result.requirements.length} 条（不计入职责）` : `${result.requirements.length} requirement lines (not scored as duties)`));
  }
  lines.push(b(result.verdict[lang]));
  lines.push(dim(zh ? `依据：${ARTICLE.site}《${ARTICLE.title}》（${ARTICLE.date}）` : `Definitions after "${ARTICLE.title}", ${ARTICLE.site}, ${ARTICLE.date}`));
  return lines.join('\n');
}
