// Line-level decisions for both languages: requirement, duty, or neither.
import { isZhIntro, isZhRequirement, opensWithTask, zhVerdict } from './wording-zh';
import { fold } from './fold';
import { isSpace, splitCount } from './markers';
import { isEnBoilerplate, isEnRequirement, isEnTask } from './wording-en';

export type LineClass = 'duties' | 'requirements' | 'other';

const HAN_RE = /[\u3400-\u9fff]/;

/** Whether the line's first 120 units hold a Han character (a native search: most English lines are read whole). */
export function isChinese(line: string): boolean {
  return HAN_RE.test(line.length > 120 ? line.slice(0, 120) : line);
}

/** True when a line only states an ability, knowledge, experience or degree (a qualification), not a task. */
export function isRequirementLine(line: string): boolean {
  // The same folding segmentPosting applies (full-width forms, Kangxi radicals such as "⼒" for "力").
  const text = fold(typeof line === 'string' ? line : '').trim();
  if (!text) return false;
  return isChinese(text) ? isZhRequirement(text) : isEnRequirement(text);
}

function isSubstantive(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x3400 && c <= 0x9fff) || c > 0xff;
}

/** Count of letters, digits and CJK characters (what is left of a line once punctuation is gone), up to `cap`. */
function substance(line: string, cap: number): number {
  let n = 0;
  for (let i = 0; i < line.length && n < cap; i++) if (isSubstantive(line.charCodeAt(i))) n++;
  return n;
}

/** Whether [start, end) of `text` holds a letter, digit or CJK character (read in place, no slice). */
export function hasSubstance(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (isSubstantive(text.charCodeAt(i))) return true;
  return false;
}

/** "内容生态建设：" or "Program areas:" — a label over the items that follow, not a task itself. */
function isSubHeading(line: string, zh: boolean): boolean {
  // Trim by hand: /[*_\s]+$/ backtracks quadratically on a long run of spaces that is not at the end.
  let end = line.length;
  while (end > 0 && isLabelTrail(line.charCodeAt(end - 1))) end--;
  const last = line.charCodeAt(end - 1);
  if (end === 0 || (last !== 0x3a /* : */ && last !== 0xff1a /* ： */)) return false;
  return zh ? end <= 20 : splitCount(line, 0, end, 8) <= 8;
}

/** What may trail a label after its colon: markdown marks and whitespace. */
function isLabelTrail(c: number): boolean {
  return c === 0x2a /* * */ || c === 0x5f /* _ */ || isSpace(c);
}

/** A line inside a duties section: a duty unless it is a label, a fragment, page furniture or a qualification. */
export function classifyInDuties(line: string, marked: boolean, zh = isChinese(line)): LineClass {
  if (isSubHeading(line, zh)) return 'other';
  if (zh) {
    // A wrapped tail ("落地。") is too short to be a duty of its own.
    if (!marked && substance(line, 5) <= 4) return 'other';
    if (isZhRequirement(line, true)) return 'requirements';
    return 'duties';
  }
  if (isEnBoilerplate(line)) return 'other';
  if (isEnRequirement(line)) return 'requirements';
  if (isEnTask(line)) return 'duties';
  // Not opened by a verb we know: still a duty, unless it reads as prose, a title or a wrapped tail.
  return isEnProse(line) ? 'other' : 'duties';
}

const PROSE_OPENERS_RE =
  /^(?:the|this|these|that|our|we|we're|you|you're|your|they|it|its|it's|as an?|in this|at|who|what|why|how|here|there|an?|if you|please|note|join|apply|are you|do you)\b/i;

function isEnProse(line: string): boolean {
  const text = line.replace(/^[\s*_#>"“]+/u, '');
  if (/^[a-z]/.test(text)) return true; // a wrapped tail of the line before
  if (PROSE_OPENERS_RE.test(text)) return true;
  const words = text.split(/\s+/);
  const titled = words.every((w) => !/^[a-z]/.test(w) || /^(?:and|or|of|the|a|an|to|for|in|on|with|at|by)$/.test(w));
  return words.length <= 6 && titled && !/[.;!?]$/.test(text);
}

/** `classifyByWording(line, marked) === 'duties'` (`zh`: isChinese(line), when the caller knows it); an English line that opens with no task is ruled out first. */
export function readsAsDuty(line: string, marked: boolean, zh = isChinese(line)): boolean {
  if (!zh && !isEnTask(line)) return false;
  return classifyByWording(line, marked, zh) === 'duties';
}

/** A line outside any named section: decided by wording alone. */
export function classifyByWording(line: string, marked = true, zh = isChinese(line)): LineClass {
  if (isSubHeading(line, zh) || substance(line, 4) < 4) return 'other';
  if (zh) {
    if (isZhIntro(line)) return 'other';
    // A short unmarked line with no punctuation that does not open with a task is a title ("电商运营专员").
    if (!marked && line.length <= 12 && !/[,，;；。、.!！?？]/u.test(line) && !opensWithTask(line)) return 'other';
    const verdict = zhVerdict(line);
    if (verdict.requirement) return 'requirements';
    return verdict.task ? 'duties' : 'other';
  }
  if (isEnBoilerplate(line)) return 'other';
  if (isEnRequirement(line)) return 'requirements';
  return isEnTask(line) ? 'duties' : 'other';
}
