// The split as Markdown for a recruiter rewriting the posting: one list for a marketing posting, one for
// an operations posting (shared duties in both, marked), then what belongs to other jobs.
import type { AnalysisResult, Domain, Duty } from '../analysis/schema';
import { ARTICLE, t, type UiLang } from '../i18n';

export interface PostingMeta {
  title?: string;
  company?: string;
  url?: string;
}

const ELSEWHERE: Domain[] = ['sales', 'product', 'other'];

/** Page text may contain Markdown syntax; escape what would change the list's meaning. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function bullet(duty: Duty, lang: UiLang, mark = ''): string {
  return `- ${escapeMarkdown(duty.text)}${mark ? ` ${mark}` : ''} _(${t(lang, `level_${duty.level}`)})_`;
}

function list(lines: string[], lang: UiLang): string[] {
  return lines.length ? lines : [`- ${t(lang, 'mdNone')}`];
}

export function splitToMarkdown(result: AnalysisResult, lang: UiLang, posting: PostingMeta = {}): string {
  const by = (d: Domain) => result.duties.filter((duty) => duty.domain === d);
  const shared = by('shared').map((d) => bullet(d, lang, t(lang, 'mdSharedMark')));
  const title = posting.title || result.title || t(lang, 'untitled');
  const heading = escapeMarkdown(posting.company ? `${title} · ${posting.company}` : title);
  const { scores } = result;
  const out: string[] = [
    `# ${t(lang, 'mdTitle', heading)}`,
    '',
    t(lang, 'mdScores', scores.mix, t(lang, `band_${scores.band}`), t(lang, `titleFit_${scores.titleFit}`), t(lang, `seniorityFit_${scores.seniorityFit}`)),
    '',
    `> ${escapeMarkdown(result.verdict[lang])}`,
    '',
    `## ${t(lang, 'mdMarketing')}`,
    '',
    ...list([...by('marketing').map((d) => bullet(d, lang)), ...shared], lang),
    '',
    `## ${t(lang, 'mdOperations')}`,
    '',
    ...list([...by('operations').map((d) => bullet(d, lang)), ...shared], lang),
    '',
    `## ${t(lang, 'mdElsewhere')}`,
    '',
  ];
  const elsewhere = ELSEWHERE.flatMap((d) => {
    const duties = by(d);
    return duties.length ? [`### ${t(lang, `domain_${d}`)}`, '', ...duties.map((duty) => bullet(duty, lang)), ''] : [];
  });
  out.push(...(elsewhere.length ? elsewhere : [`- ${t(lang, 'mdNone')}`, '']));
  if (posting.url) out.push(`<${posting.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  out.push(`---`, t(lang, 'mdSource', ARTICLE.title), '');
  return out.join('\n');
}
