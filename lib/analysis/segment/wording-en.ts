// English wording: a duty opens with a verb ("Develop…", "Manages…", "Leading…"), possibly after a label
// ("Budget Ownership: Own…") or a lead-in ("With the sales team, qualify…"); a qualification
// states years, a degree, knowledge or a skill ("3+ years…", "Degree in…", "Strong … skills", "Ability to…").
import { verbBase } from './en-verbs';
import { isSpace, splitCount } from './markers';
import { hasUnit, unitTable } from './unit-table';

/** Drop a short label before a colon ("**Events**: Plan…" → "Plan…"). */
export function dropEnLabel(line: string): string {
  const head = line.slice(0, 100);
  const colon = head.indexOf(':');
  if (colon <= 0 || colon >= line.length - 1) return line;
  const label = head.slice(0, colon).replace(/[*_]/g, '').trim();
  if (!label || label.includes('.') || splitCount(label, 0, label.length, 8) > 8) return line;
  return line.slice(colon + 1).replace(/^[\s*_]+/, '');
}

const WORD_SEPARATORS = unitTable(',;:()');
const LEADING_MARKS = unitTable('*_"\'“‘([');

function isWordSeparator(c: number): boolean {
  return hasUnit(WORD_SEPARATORS, c) || isSpace(c);
}

/** Where the words of a line are read: its first 200 characters, past leading quotes, brackets and markdown marks. */
const WORDS_WITHIN = 200;

/**
 * The word that starts at or after `from` (words are split at whitespace and , ; : ( )), as [start, end) in `s`,
 * or undefined past the first WORDS_WITHIN characters. Read by hand and one at a time: most lines need only one.
 */
function wordAfter(s: string, from: number): [number, number] | undefined {
  const end = Math.min(s.length, WORDS_WITHIN);
  let i = from;
  while (i < end && isWordSeparator(s.charCodeAt(i))) i++;
  if (i >= end) return undefined;
  const start = i;
  while (i < end && !isWordSeparator(s.charCodeAt(i))) i++;
  return [start, i];
}

function firstWordFrom(s: string): number {
  const end = Math.min(s.length, WORDS_WITHIN);
  let i = 0;
  while (i < end && (hasUnit(LEADING_MARKS, s.charCodeAt(i)) || isSpace(s.charCodeAt(i)))) i++;
  return i;
}

/** `/ly$/i.test(word)`. */
function endsInLy(word: string): boolean {
  const l = word.charCodeAt(word.length - 2);
  const y = word.charCodeAt(word.length - 1);
  return (l === 0x6c || l === 0x4c) && (y === 0x79 || y === 0x59);
}

const MODALS = ['may', 'will', 'also', 'to', 'shall', 'can', 'then'];

/** The line's first word is a verb, or its second after an -ly adverb, or the next after a modal ("will plan"). */
function opensWithVerb(s: string): boolean {
  const first = wordAfter(s, firstWordFrom(s));
  if (!first) return false;
  let word = s.slice(first[0], first[1]);
  let at = first[1];
  // "Regularly review…", "Closely track…"
  if (endsInLy(word) && !verbBase(word)) {
    const next = wordAfter(s, at);
    if (!next) return false;
    word = s.slice(next[0], next[1]);
    at = next[1];
  }
  if (!MODALS.includes(word.toLowerCase())) return !!verbBase(word);
  const next = wordAfter(s, at);
  return next !== undefined && !!verbBase(s.slice(next[0], next[1]));
}

const LEAD_IN_RE = /^(?:through|in|with|by|as|if|when|while|under|for|on|using|working|alongside|together|from|after|during|at)\b/i;
const CATCH_ALL_RE =
  /^(?:(?:all|any) other\b|other (?:duties|tasks|projects|responsibilities)\b|additional (?:duties|tasks|projects|responsibilities)\b|(?:is |are |be )?(?:responsible|accountable) for\b|in charge of\b|owns?\b|ownership of\b)/i;

// A duties line is asked isEnRequirement (which asks isEnTask of the line without its label: usually the line
// itself) and then isEnTask of the line: the last answer is kept so the second question costs nothing.
let lastTaskLine: string | undefined;
let lastTaskAnswer = false;

/** The line states a task: it opens with a verb, after an optional label or lead-in phrase. */
export function isEnTask(line: string): boolean {
  if (line !== lastTaskLine) {
    lastTaskAnswer = statesTask(line);
    lastTaskLine = line;
  }
  return lastTaskAnswer;
}

function statesTask(line: string): boolean {
  const s = dropEnLabel(line.trim());
  if (opensWithVerb(s) || CATCH_ALL_RE.test(s)) return true;
  const you = /\byou(?:'ll|’ll| will)\s+([a-z]+)/i.exec(s.slice(0, 240));
  if (you && verbBase(you[1]!)) return true;
  if (LEAD_IN_RE.test(s)) {
    const cut = s.slice(0, 200).search(/[,;:]/);
    if (cut > 0) return opensWithVerb(s.slice(cut + 1));
  }
  return false;
}

const REQ_LEAD_RE = new RegExp(
  '^(?:\\d+\\s*\\+?\\s*(?:-\\s*\\d+\\s*)?\\+?\\s*(?:years?|yrs)|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b|minimum|at least|' +
    "bachelor|master|ba\\b|bs\\b|b\\.a|b\\.s|mba\\b|ph\\.?d|doctorate|high school|associate|degree|diploma|ged\\b|experience|" +
    'knowledge|understanding|familiarity|familiar|proficiency|proficient|fluency|fluent|expertise|expert|ability|abilities|' +
    'able to|capable|capacity|skilled|skills?\\b|strong|excellent|exceptional|outstanding|superior|solid|good|great|proven|' +
    'demonstrate[sd]?|demonstrable|deep|extensive|advanced|working knowledge|passion|passionate|commitment|committed|comfortable|' +
    'self-|detail|organized|motivated|willingness|willing|flexibility|flexible|track record|background|a qualified|' +
    'preference|preferred|required|certification|certified|license|licensed|valid|previous|prior|hands-on|history of|' +
    'portfolio|exposure|desire|eagerness|curiosity|attention to|must|ideally|you have|you are|you\'re|have|has|possess|be\\b|' +
    'being|bilingual|native|creativity|creative|high energy|service-minded|engaging|entrepreneurial|collaborative|' +
    'results-oriented|team player|excellent|effective|keen|sound|thorough|basic|intermediate|some|any|an? (?:understanding|' +
    'ability|passion|eye|interest|knack|degree)|interest|eye for|sense of|customer-focused|analytical|resourceful)',
  'i',
);
const REQ_ANY_RE = /\b(?:years?|yrs)\b[^.]{0,40}\bexperience\b|\bdegree\b|\bpreferred\b|\ba plus\b|\bnice to have\b|\brequired\b|\bskills?\b|\bproficien|\bexperience (?:with|in)\b/i;
// A verb line whose only object is the person's own growth ("Keep growing your coaching skills").
const SELF_WORDS = new Set(['skill', 'skills', 'competence', 'competencies', 'expertise', 'integrity', 'knowledge']);

const isAsciiWordCode = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/**
 * `/\b(?:skills?|competenc(?:e|ies)|expertise|integrity|knowledge)\.?$/i.test(s)`, read from the end: the last
 * word (ASCII word characters, as \b sees them), before at most one ".", is one of SELF_WORDS in any case.
 */
function endsWithSelfWord(s: string): boolean {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 0x2e) end--;
  let start = end;
  while (start > 0 && end - start <= 12 && isAsciiWordCode(s.charCodeAt(start - 1))) start--;
  if (start > 0 && isAsciiWordCode(s.charCodeAt(start - 1))) return false;
  return SELF_WORDS.has(s.slice(start, end).toLowerCase());
}

export function isEnRequirement(line: string): boolean {
  const s = dropEnLabel(line.trim());
  if (/^(?:must|should)\b/i.test(s)) return true;
  if (isEnTask(s)) return endsWithSelfWord(s) && splitCount(s, 0, s.length, 10) <= 10 && !/\b(?:team|staff|their|others)\b/i.test(s);
  return REQ_LEAD_RE.test(s) || REQ_ANY_RE.test(s.slice(0, 300));
}

// Two patterns, not one alternation: the anchored one fails at once, and the other scans for fewer openings.
const BOILERPLATE_LEAD_RE = /^(?:learn more|click|apply|visit|for more information|please|note:)/i;
const BOILERPLATE_ANY_RE = /\b(?:equal (?:employment )?opportunity|affirmative action)\b|https?:\/\//i;

export function isEnBoilerplate(line: string): boolean {
  const head = line.slice(0, 300);
  return BOILERPLATE_LEAD_RE.test(head) || BOILERPLATE_ANY_RE.test(head);
}
