// What a job title claims: which role (marketing, operations, a declared mix, or neither) and which
// seniority. Title fit and seniority fit compare these claims with where the duties really are.
import { normalize, toOriginalSpan } from './normalize';
import type { TitleInfo } from './schema';

interface Marker {
  pattern: RegExp;
  means: string;
  /** The script every match of the pattern needs: a title without it skips the pattern. */
  needs: 'han' | 'latin' | 'either';
}

// A declared mix names both sides in one title ("市场运营", "Marketing & Operations", "Growth Marketing").
const MIX_MARKERS: Marker[] = [
  { pattern: /市场运营|营销运营|运营推广|推广运营|品牌运营|市场\s*[\/&、和与]\s*运营|运营\s*[\/&、和与]\s*市场/g, means: 'mix', needs: 'han' },
  { pattern: /\bmarketing\s*(?:&|and|\/)\s*(?:operations|growth|community)\b|\bgrowth\s+marketing\b|\bmarketing\s+operations\b|\blifecycle\s+marketing\b/gi, means: 'mix', needs: 'latin' },
];
const MARKETING_MARKERS: Marker[] = [
  { pattern: /市场|品牌|推广|营销|公关|传播|宣传|媒介/g, means: 'marketing', needs: 'han' },
  { pattern: /\b(?:marketing|marketer|brand|communications?|pr|public relations|media relations|advertising)\b/gi, means: 'marketing', needs: 'latin' },
];
const OPERATIONS_MARKERS: Marker[] = [
  { pattern: /运营|增长|用户|社群|私域|会员|活动运营|内容运营/g, means: 'operations', needs: 'han' },
  { pattern: /\b(?:growth|community|engagement|retention|lifecycle|crm|user operations|content operations)\b/gi, means: 'operations', needs: 'latin' },
];
const SENIOR_MARKERS: Marker[] = [
  { pattern: /高级|资深|主管|经理|总监|负责人|专家|总经理|\bvp\b|\bcmo\b|\bcoo\b/gi, means: 'senior', needs: 'either' },
  { pattern: /\b(?:senior|sr\.?|lead|head|director|manager|vp|vice president|chief|principal)\b/gi, means: 'senior', needs: 'latin' },
];
const JUNIOR_MARKERS: Marker[] = [
  { pattern: /实习|助理|专员|管培/g, means: 'junior', needs: 'han' },
  { pattern: /\b(?:intern|internship|assistant|coordinator|junior|jr\.?|associate|trainee|entry[- ]level)\b/gi, means: 'junior', needs: 'latin' },
];

interface Scripts {
  han: boolean;
  latin: boolean;
}

function scriptsOf(title: string): Scripts {
  let han = false;
  let latin = false;
  for (let i = 0; i < title.length && !(han && latin); i++) {
    const c = title.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) han = true;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin = true;
  }
  return { han, latin };
}

function find(title: string, scripts: Scripts, markers: Marker[]): TitleInfo['markers'] {
  const found: TitleInfo['markers'] = [];
  for (const { pattern, means, needs } of markers) {
    if (needs === 'han' ? !scripts.han : needs === 'latin' ? !scripts.latin : !scripts.han && !scripts.latin) continue;
    // exec over the shared /g pattern: matchAll would clone the pattern on every call.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(title); m; m = pattern.exec(title)) {
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length, means });
    }
  }
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function readTitle(rawTitle: string): TitleInfo {
  const norm = normalize(rawTitle);
  const title = norm.text;
  const scripts = scriptsOf(title);
  const mix = find(title, scripts, MIX_MARKERS);
  // Words inside a declared mix ("市场运营") are not separate claims.
  const outside = (list: TitleInfo['markers']) => list.filter((m) => !mix.some((x) => overlaps(x, m)));
  const marketing = outside(find(title, scripts, MARKETING_MARKERS));
  const operations = outside(find(title, scripts, OPERATIONS_MARKERS));
  let role: TitleInfo['role'] = 'none';
  if (mix.length || (marketing.length && operations.length)) role = 'mix';
  else if (marketing.length) role = 'marketing';
  else if (operations.length) role = 'operations';

  const senior = find(title, scripts, SENIOR_MARKERS);
  // "Associate Director" / "助理总监" is senior: a senior marker outranks a junior one.
  const junior = senior.length ? [] : find(title, scripts, JUNIOR_MARKERS);
  const seniority: TitleInfo['seniority'] = senior.length ? 'senior' : junior.length ? 'junior' : 'none';

  // Offsets into the title as given, not its normalised form.
  const markers = [...mix, ...marketing, ...operations, ...senior, ...junior]
    .map((m) => {
      const span = toOriginalSpan(norm, m.start, m.end);
      return { text: rawTitle.slice(span.start, span.end), start: span.start, end: span.end, means: m.means };
    })
    .sort((a, b) => a.start - b.start);
  return { role, seniority, markers };
}
