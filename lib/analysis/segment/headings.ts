// Recognises a section heading at the start of a line ("岗位职责：", "【任职要求】", "**Responsibilities:**",
// "一、工作内容") or inside a line ("…完成业绩指标。岗位要求:1、…"). Bounded look-ups only: no regex runs over a whole line.
import { verbBase } from './en-verbs';
import { EN_FIRST_WORDS, EN_HEADINGS, EN_KEY_MAX_LENGTH, INLINE_ZH_LAST_CHARS, ZH_BY_FIRST, ZH_HEADINGS, ZH_MAX_LEN, isInlineZhHeading, type BlockKind } from './heading-lexicon';
import { isAsciiLetter, isSpace, numberingAt, skipSpace } from './markers';
import { hasUnit, unitTable, type UnitSet } from './unit-table';

export interface HeadingMatch {
  kind: BlockKind;
  /** A short line that looks like a heading but is not in the lexicon: its kind comes from the section around it. */
  unknown: boolean;
  /** Where the heading's own text (with brackets and colon) ends. */
  end: number;
  /** Where the text that follows the heading on the same line starts (=== line end when none). */
  restStart: number;
}

// Unit tables: skipping brackets and marks is one array read per character.
const OPENERS = unitTable('【[〖《<*_#“"');
const CLOSERS = unitTable('】]〗》>*_”"');
const COLONS = new Set([':', '︰']);

function skipSet(text: string, i: number, end: number, set: UnitSet): number {
  while (i < end && (hasUnit(set, text.charCodeAt(i)) || isSpace(text.charCodeAt(i)))) i++;
  return i;
}


function isCjk(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** What follows a heading word: brackets, a note in parentheses, "/Qualifications", then a colon or the end. */
function headingTail(text: string, q: number, end: number): { end: number; restStart: number } | undefined {
  const afterWord = q;
  q = skipSet(text, q, end, CLOSERS);
  const closed = q > afterWord && text.slice(afterWord, q).trim() !== '';
  if (text[q] === '(' || text[q] === '（') {
    const close = text.slice(q, Math.min(end, q + 31)).indexOf(')');
    if (close > 0) q = skipSet(text, q + close + 1, end, CLOSERS);
  }
  // "岗位职责如下：", "任职要求包括："
  const filler = /^(?:如下|包括|包含|主要有|主要包括|有)/u.exec(text.slice(q, q + 4));
  if (filler && COLONS.has(text[q + filler[0].length]!)) q += filler[0].length;
  if (text[q] === '/' || text[q] === '&') {
    let j = q + 1;
    while (j < end && j - q <= 40 && !COLONS.has(text[j]!)) j++;
    if (j === end || COLONS.has(text[j]!)) q = j;
  }
  if (q >= end) return { end, restStart: end };
  if (COLONS.has(text[q]!)) {
    const after = skipSet(text, q + 1, end, CLOSERS);
    return { end: q + 1, restStart: after };
  }
  if (closed) return { end: q, restStart: skipSpace(text, q, end) };
  // "岗位职责1、…" / "岗位职责 1、…": the list starts right after the heading word.
  const digit = text.charCodeAt(q);
  if (digit >= 0x30 && digit <= 0x39 && numberingAt(text, q, end)) return { end: q, restStart: q };
  // "工作职责 岗位职责 工作内容：…": headings run together on one line.
  if (q > afterWord && startsWithZhHeading(text, q, end)) return { end: q, restStart: q };
  return undefined;
}

function startsWithZhHeading(text: string, p: number, end: number): boolean {
  for (const [term] of ZH_BY_FIRST.get(text.charCodeAt(p)) ?? []) {
    if (term.length >= 4 && term.length <= end - p && text.startsWith(term, p)) return true;
  }
  return false;
}

function zhHeading(text: string, p: number, end: number, marked: boolean): HeadingMatch | undefined {
  // Most lines are ruled out by their first character, most of the rest by their first two.
  // Longest first, as a heading word may hold a shorter one.
  for (const [term, kind] of ZH_BY_FIRST.get(text.charCodeAt(p)) ?? []) {
    if (term.length > end - p || !text.startsWith(term, p)) continue;
    const tail = headingTail(text, p + term.length, end);
    if (tail) return { kind, unknown: false, end: tail.end, restStart: tail.restStart };
  }
  if (marked) return undefined;
  // Unlisted headings that name their kind by their last word ("其他要求", "专业技能").
  let colon = p;
  while (colon < end && colon - p <= 10 && !isColon(text.charCodeAt(colon))) colon++;
  if (colon - p > 10 && end - p > 12) return undefined;
  // The label without trailing brackets, marks and spaces; read in place, sliced only when it may name a kind.
  let labelEnd = Math.min(colon, end);
  while (labelEnd > p && isLabelTail(text.charCodeAt(labelEnd - 1))) labelEnd--;
  const first = text.charCodeAt(p);
  // "不要求" / "无要求" is a value, not a heading.
  const negated = first === 0x4e0d /* 不 */ || first === 0x65e0 /* 无 */ || first === 0x6ca1; /* 没 */
  if (labelEnd - p >= 2 && labelEnd - p <= 8 && !negated && allCjk(text, p, labelEnd)) {
    const label = text.slice(p, labelEnd);
    const kind: BlockKind | undefined = /(?:要求|资格|条件|技能)$/u.test(label)
      ? 'requirements'
      : /(?:职责|职能)$/u.test(label)
        ? 'duties'
        : /(?:福利|待遇|简介)$/u.test(label)
          ? 'other'
          : undefined;
    const tail = kind && headingTail(text, p + label.length, end);
    if (kind && tail) return { kind, unknown: false, end: tail.end, restStart: tail.restStart };
  }
  return undefined;
}

/** What may trail a Chinese label before its colon: 】 ] * _ and whitespace. */
function isLabelTail(c: number): boolean {
  return c === 0x3011 || c === 0x5d || c === 0x2a || c === 0x5f || isSpace(c);
}

function allCjk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isCjk(text.charCodeAt(i))) return false;
  return true;
}

function isKeySeparator(c: number): boolean {
  return c === 0x2a /* * */ || c === 0x5f /* _ */ || c === 0x23 /* # */ || isSpace(c);
}

/** What one pass over an English label finds: enough to decide most labels without building words or the key. */
interface LabelFacts {
  /** Units that are not separators (the key keeps them all but one final ":" or "."). */
  units: number;
  /** The first and the last unit that are not separators: [from, to). */
  from: number;
  to: number;
  /** Where the first word ends, and whether it holds a curly quote or backtick. */
  firstEnd: number;
  firstQuote: boolean;
  words: number;
  /** No quote or backtick, and words apart by one plain space: the key is then one slice. */
  plain: boolean;
  /** Some word opens with a–z and is not a small word ("and", "of", …): the label is not in title case. */
  lowerWord: boolean;
  /** Some word opens with a–z. */
  opensLower: boolean;
  /** Every unit of the words is ASCII; then capitals are told by the next two alone. */
  ascii: boolean;
  lowerAscii: boolean;
  upperAscii: boolean;
}

/** Whether [start, end) keeps some units, and no more than the longest listed key: counting stops past that. */
function mayBeListable(text: string, start: number, end: number): boolean {
  let n = 0;
  for (let i = start; i < end && n <= EN_KEY_MAX_LENGTH + 1; i++) if (!isKeySeparator(text.charCodeAt(i))) n++;
  return n > 0 && n - 1 <= EN_KEY_MAX_LENGTH;
}

const isQuote = (c: number) => c === 0x2019 || c === 0x2018 || c === 0x60;

/** One pass over [start, end): words are runs of units other than whitespace and markdown marks (* _ #). */
function readLabel(text: string, start: number, end: number): LabelFacts {
  const facts: LabelFacts = {
    units: 0, from: end, to: end, firstEnd: end, firstQuote: false, words: 0, plain: true,
    lowerWord: false, opensLower: false, ascii: true, lowerAscii: false, upperAscii: false,
  };
  let i = start;
  while (i < end) {
    const gap = i;
    while (i < end && isKeySeparator(text.charCodeAt(i))) i++;
    if (i >= end) break;
    // Between two words, anything but one plain space needs rewriting in the key.
    if (facts.words > 0 && (i - gap !== 1 || text.charCodeAt(gap) !== 0x20)) facts.plain = false;
    const wordStart = i;
    let quote = false;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (isKeySeparator(c)) break;
      if (c >= 0x80) {
        facts.ascii = false;
        if (isQuote(c)) quote = true;
      } else if (c >= 0x61 && c <= 0x7a) facts.lowerAscii = true;
      else if (c >= 0x41 && c <= 0x5a) facts.upperAscii = true;
      else if (c === 0x60) quote = true;
    }
    if (quote) facts.plain = false;
    if (facts.words === 0) {
      facts.from = wordStart;
      facts.firstEnd = i;
      facts.firstQuote = quote;
    }
    facts.words++;
    facts.units += i - wordStart;
    facts.to = i;
    const c0 = text.charCodeAt(wordStart);
    if (c0 >= 0x61 && c0 <= 0x7a) {
      facts.opensLower = true;
      // Small words are at most four units long; lower-casing never shortens a word.
      if (!facts.lowerWord && (i - wordStart > 4 || !SMALL_WORDS.has(text.slice(wordStart, i).toLowerCase()))) facts.lowerWord = true;
    }
  }
  return facts;
}

/**
 * Whether the label's first key word opens some listed heading (as enKey would spell it: lower case, one trailing
 * ":" or "." dropped from a label of one word). Most task lines open with a verb that opens none, and then the
 * whole key need not be built. Curly quotes and backticks (rewritten by enKey) answer yes, to be safe.
 */
function firstWordListed(text: string, facts: LabelFacts): boolean {
  if (facts.firstQuote) return true;
  let k = facts.firstEnd;
  const last = text.charCodeAt(k - 1);
  if (facts.words === 1 && k - facts.from > 1 && (last === 0x3a || last === 0x2e)) k--;
  return EN_FIRST_WORDS.has(text.slice(facts.from, k).toLowerCase());
}

/**
 * The look-up key of an English label in [start, end): markdown marks and whitespace runs become one space,
 * curly quotes and backticks become "'", one trailing ":" or "." goes, then lower case. One pass: this runs on
 * most English lines, and a chain of regex replaces was the heading check's main cost.
 */
function enKey(text: string, start: number, end: number, facts: LabelFacts): string {
  if (facts.plain) return dropFinalMark(text.slice(facts.from, facts.to)).toLowerCase();
  let key = '';
  let i = start;
  while (i < end) {
    let j = i;
    while (j < end && isKeySeparator(text.charCodeAt(j))) j++;
    if (j >= end) break;
    let k = j;
    let quote = false;
    for (; k < end; k++) {
      const c = text.charCodeAt(k);
      if (isKeySeparator(c)) break;
      if (isQuote(c)) quote = true;
    }
    const word = quote ? text.slice(j, k).replace(/[’‘`]/g, "'") : text.slice(j, k);
    key = key ? `${key} ${word}` : word;
    i = k;
  }
  return dropFinalMark(key).toLowerCase();
}

/** One trailing ":" or "." goes (with the space before it when it stood alone). */
function dropFinalMark(key: string): string {
  const last = key.charCodeAt(key.length - 1);
  if (last === 0x3a || last === 0x2e) return key.slice(0, key.charCodeAt(key.length - 2) === 0x20 ? -2 : -1);
  return key;
}

const SMALL_WORDS = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'to', 'for', 'in', 'on', 'with', 'at', 'by', '&', '+', '/', '-', '|']);

/** Title case (every word capitalised but small ones) or all capitals. */
function looksLikeTitle(text: string, start: number, end: number, facts: LabelFacts): boolean {
  if (!facts.lowerWord) return true;
  // All capitals: with ASCII only, no a–z and some A–Z; other letters need Unicode case mapping.
  if (facts.ascii) return !facts.lowerAscii && facts.upperAscii;
  const upper = labelWords(text, start, end).join(' ');
  return upper === upper.toUpperCase() && /[A-Z]/.test(upper);
}

/** The words every lead-in ending of DUTY_LEAD_IN_RE ends with: most keys end with none, and skip the regex. */
const DUTY_LEAD_IN_ENDINGS = ['to', 'will', "'ll", 'be', 'include', 'for', 'do', 'doing', 'own', 'on', 'achieve'];
const DUTY_LEAD_IN_RE =
  /(?:you can expect to|you will|you'll|you will be|responsibilities (?:will )?include|duties include|you will be responsible for|will be responsible for|what you(?:'ll| will) (?:do|be doing|own|work on|achieve)|\bwill(?: be)?)$/;
const DUTY_WORDS_RE = /responsibilit|duties|accountabilit|essential (?:job )?function|key (?:job )?functions|principal functions|major functions/;
const REQUIREMENT_WORDS_RE = /qualification|requirement|skill|competenc|certification|education|experience|licen[cs]e/;
const OTHER_WORDS_RE = /benefit|perk|compensation|salary|\bpay\b|equal (?:employment )?opportunit|\beeo\b|culture|mission|values|privacy/;
/** Implied by each of the three patterns above ("function" by every duties phrase that is not in the first part): one scan rules all three out. */
const ANY_KIND_WORD_RE =
  /responsibilit|duties|accountabilit|function|qualification|requirement|skill|competenc|certification|education|experience|licen[cs]e|benefit|perk|compensation|salary|\bpay\b|opportunit|\beeo\b|culture|mission|values|privacy/;

/** Last units of DUTY_LEAD_IN_ENDINGS: one look-up rules most keys out before the endings are compared. */
const DUTY_LEAD_IN_LAST = new Set(DUTY_LEAD_IN_ENDINGS.map((e) => e.charCodeAt(e.length - 1)));

/**
 * The kind an unlisted English label names; `words` and `first` are the key's word count and first word. The
 * caller has looked the key up in EN_HEADINGS already (a key it did not build could not be listed).
 */
function enHeadingKind(key: string, words: number, first: string): BlockKind | undefined {
  if (words > 12) return undefined;
  const leadIn = DUTY_LEAD_IN_LAST.has(key.charCodeAt(key.length - 1)) && DUTY_LEAD_IN_ENDINGS.some((e) => key.endsWith(e));
  if (leadIn && DUTY_LEAD_IN_RE.test(key)) return 'duties';
  if (words > 7 || verbBase(first, false)) return undefined;
  if (/^about (?:the )?(?:role|job|position)$/.test(key)) return 'neutral';
  if (/^(?:about|why|meet)\b/.test(key)) return 'other';
  if (/^(?:what|how) we (?:offer|provide)|^(?:who|what) (?:we're|we are) looking for/.test(key)) return key.includes('looking') ? 'requirements' : 'other';
  if (!ANY_KIND_WORD_RE.test(key)) return undefined;
  if (DUTY_WORDS_RE.test(key)) return 'duties';
  if (REQUIREMENT_WORDS_RE.test(key)) return 'requirements';
  if (OTHER_WORDS_RE.test(key)) return 'other';
  return undefined;
}

/** The label's words: runs of units other than whitespace and markdown marks (* _ #). */
function labelWords(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isKeySeparator(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const from = i;
    while (i < end && !isKeySeparator(text.charCodeAt(i))) i++;
    words.push(text.slice(from, i));
  }
  return words;
}

/** Whether a unit is . ; , or ! (a label ending so is a sentence, not a title). */
function endsSentence(c: number): boolean {
  return c === 0x2e || c === 0x3b || c === 0x2c || c === 0x21;
}

function isColon(c: number): boolean {
  return c === 0x3a /* : */ || c === 0xfe30 /* ︰ */;
}

/** Index of the first colon in [start, end), or `end`: a native search, bounded by a slice of the text. */
function firstColon(text: string, start: number, end: number): number {
  const scope = text.slice(0, end);
  const ascii = scope.indexOf(':', start);
  const vertical = scope.indexOf('︰', start);
  if (ascii < 0) return vertical < 0 ? end : vertical;
  return vertical < 0 || ascii < vertical ? ascii : vertical;
}

function enHeading(text: string, p: number, end: number, marked: boolean, lineMarked: boolean): HeadingMatch | undefined {
  const colon = firstColon(text, p, Math.min(end, p + 81));
  const hasColon = colon < end && isColon(text.charCodeAt(colon));
  const restStart = hasColon ? skipSet(text, colon + 1, end, CLOSERS) : end;
  const pure = restStart >= end;
  const labelEnd = hasColon ? colon : end;
  if (labelEnd - p > 90) return undefined;
  // The key keeps every unit of the label but markdown marks and whitespace (less one trailing ":" or "."): a
  // label with more of them than the longest listed heading cannot be listed, and list items must be.
  // A list item, or a label with text after its colon, is a heading only when listed: most are longer than any
  // listed key, which a count that stops there tells before the label is read in full.
  if ((!pure || lineMarked) && !mayBeListable(text, p, labelEnd)) return undefined;
  const facts = readLabel(text, p, labelEnd);
  const keyUnits = facts.units;
  const listable = keyUnits > 0 && keyUnits - 1 <= EN_KEY_MAX_LENGTH;
  if ((!pure || lineMarked) && !listable) return undefined;
  // An unlistable label has two or more key units, so its key is never empty: it is built only if a test below
  // needs it (most lines are long sentences that none does).
  let key = listable && (keyUnits <= 1 || firstWordListed(text, facts)) ? enKey(text, p, labelEnd, facts) : undefined;
  if (key === '' || keyUnits === 0) return undefined;
  const exact = key === undefined ? undefined : EN_HEADINGS.get(key);
  if (!pure) return exact && key !== undefined && wordCount(key) <= 6 ? { kind: exact, unknown: false, end: colon + 1, restStart } : undefined;
  if (exact) return { kind: exact, unknown: false, end, restStart: end };
  // A list item is no title; and a sentence ("Read more about our perks here.") is not a heading, whatever words it holds.
  if (lineMarked) return undefined;
  // The label has a unit that is no separator (keyUnits > 0), so it has a word.
  if (endsSentence(text.charCodeAt(facts.to - 1))) return undefined;
  const title = looksLikeTitle(text, p, labelEnd, facts);
  const titled = hasColon || title || facts.words <= 3;
  let kind: BlockKind | undefined;
  if (titled) {
    key ??= enKey(text, p, labelEnd, facts);
    const space = key.indexOf(' ');
    kind = enHeadingKind(key, wordCount(key), space < 0 ? key : key.slice(0, space));
  }
  if (kind) return { kind, unknown: false, end, restStart: end };
  if (marked) return undefined;
  // An unlisted short title ("Volunteer Programs & Outreach", "WHO WE HIRE?"). A line that opens with a
  // verb is a task ("Plan quarterly offsites") unless every word is capitalised ("Partner Programs").
  const allCaps = facts.words >= 2 && !facts.opensLower;
  if (facts.words > 7 || (verbBase(text.slice(facts.from, facts.firstEnd), false) && !allCaps)) return undefined;
  if (hasColon || title) return { kind: 'neutral', unknown: true, end, restStart: end };
  return undefined;
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * A heading at `start` of a line of folded text ([start, end) already past any list marker).
 * `marked` says the line carried a list marker ("1、岗位职责" is still a heading; "1、Read More" is not a title).
 */
export function headingAt(text: string, start: number, end: number, marked: boolean): HeadingMatch | undefined {
  const p = skipSet(text, start, end, OPENERS);
  if (p >= end) return undefined;
  const first = text.charCodeAt(start);
  const bold = (first === 0x2a && text.charCodeAt(start + 1) === 0x2a) /* ** */ || first === 0x23; /* # */
  if (isCjk(text.charCodeAt(p))) {
    const zh = zhHeading(text, p, end, marked);
    if (zh) return zh;
    // A short bracketed / bold / colon-ended line that names no known section.
    if (!marked && end - p <= 14) {
      const last = text.charCodeAt(end - 1);
      if (isColon(last) || first === 0x3010 /* 【 */ || (bold && last === 0x2a)) return { kind: 'neutral', unknown: true, end, restStart: end };
    }
    return undefined;
  }
  if (isAsciiLetter(text.charCodeAt(p))) return enHeading(text, p, end, marked, marked && !bold);
  return undefined;
}

const INLINE_BOUNDARY = new Set(['。', '；', ';', '!', '！', '?', '？', ',', '，', ')', '）', '】', ']', '.', '、']);
const EN_INLINE = ['responsibilities', 'requirements', 'qualifications'];

/** A heading that ends at the colon / closing bracket at `i`, in the middle of a line: its start and kind. */
export function inlineHeadingEndingAt(
  text: string,
  lineStart: number,
  i: number,
  listFollows: boolean,
): { at: number; kind: BlockKind } | undefined {
  // Most colons and brackets follow no heading word: one look-up at the last character rules the terms out.
  const zhLen = INLINE_ZH_LAST_CHARS.has(text.charCodeAt(i - 1)) ? Math.min(ZH_MAX_LEN, i - lineStart) : 0;
  for (let len = zhLen; len >= 4; len--) {
    let at = i - len;
    const term = text.slice(at, i);
    if (!isInlineZhHeading(term)) continue;
    const bracketed = (text[at - 1] === '【' || text[at - 1] === '[') && text[i] !== ':';
    if (bracketed) at--;
    const before = text[at - 1];
    // "…读书会【任职要求】…": a bracketed heading needs no punctuation before it.
    const bounded = bracketed || at <= lineStart || before === undefined || INLINE_BOUNDARY.has(before) || isSpace(before.charCodeAt(0));
    // Without punctuation before it, a heading word counts only when a numbered list follows ("…的工作任职要求：1、…").
    if (!bounded && !listFollows && !(text[i] === ':' && numberingAt(text, skipSpace(text, i + 1, text.length), text.length))) continue;
    return { at, kind: ZH_HEADINGS.get(term)! };
  }
  // Every English inline heading ends in "s" ("S" before lower-casing).
  const last = text.charCodeAt(i - 1);
  if (last < 0x80 && last !== 0x73 && last !== 0x53) return undefined;
  for (const word of EN_INLINE) {
    const at = i - word.length;
    if (at <= lineStart || text.slice(at, i).toLowerCase() !== word) continue;
    if (text[at - 1] === ' ' && (text[at - 2] === '.' || text[at - 2] === ';')) return { at, kind: EN_HEADINGS.get(word)! };
  }
  return undefined;
}
