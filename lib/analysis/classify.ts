// The domain of one duty line, decided the rubric's way: by the OUTCOME the line is accountable
// for. Cues come from the lexicon automaton (already matched in prepareLine), so this is a few
// sums over a handful of matches — no text scanning here.
import { DOMAINS, type Domain } from './constants';
import type { CueMatch } from './lexicon';
import { domainCue, type PreparedLine } from './line';
import type { Cue, DecisionRule } from './schema';
import { selectDomainMatches } from './classify/select';
import { Part, domainRuleTail } from './rule-text';

export interface DomainDecision {
  domain: Domain;
  secondary?: Domain;
  /** 0..1, from the margin between the winner and the runner-up and the winner's total weight. */
  confidence: number;
  rule: DecisionRule;
  cues: Cue[];
}

/** Scores live in a small array indexed by domain (DOMAINS order): cheaper than an object keyed by name. */
function at(domain: Domain): number {
  switch (domain) {
    case 'marketing':
      return 0;
    case 'operations':
      return 1;
    case 'shared':
      return 2;
    case 'sales':
      return 3;
    case 'product':
      return 4;
    default:
      return 5;
  }
}
const MARKETING = at('marketing');
const OPERATIONS = at('operations');
const SHARED = at('shared');

/** A conversion cue this heavy is a real conversion / usage target (rule 7); lighter ones are data cues. */
const STRONG_CONVERSION = 2.5;
/** Sales concepts that, next to a platform-supply cue, mean signing supply (rule 8), not selling. */
const DEAL_CONCEPTS = new Set(['deal', 'bd']);
/** Sales cues that only name who pays (advertisers, donors); publicity aimed at them is marketing (rule 9). */
const AUDIENCE = 'audience';

/**
 * Tie order: the more specific accountability wins a tie (rubric: outcome first); overlap work still
 * names an activity of the two domains, so it beats `other`, which is "none of the above".
 */
const TIE_ORDER: readonly number[] = (['operations', 'marketing', 'sales', 'product', 'shared', 'other'] as const).map(at);

/** What the line's outcome cues say, before any match is counted (rules 1, 7, 8, 9). */
interface LineFacts {
  /** The domain overlap work takes (-1: none, so it is shared). */
  outcomeDomain: number;
  strongConversion: boolean;
  supply: boolean;
  publicity: boolean;
  selling: boolean;
}

/**
 * Per-call scratch, reused: the part and domain of each selected match. A line is classified in one
 * synchronous call, and these spare a small object per match.
 */
let partOf = new Uint8Array(32);
let domainOf = new Uint8Array(32);
const scores = new Float64Array(DOMAINS.length);
const customScores = new Float64Array(DOMAINS.length);

export function classifyDomain(line: PreparedLine): DomainDecision {
  const matches = selectDomainMatches(line.matches);
  if (matches.length === 0) return { domain: 'other', confidence: 0.2, rule: 'no-cue', cues: [] };
  if (matches.length > partOf.length) {
    partOf = new Uint8Array(2 * matches.length);
    domainOf = new Uint8Array(2 * matches.length);
  }
  const facts = lineFacts(matches);
  // Reset by hand: fill() is a call, and these arrays are six long.
  for (let d = 0; d < scores.length; d++) scores[d] = 0;
  let anyCustom = false;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const part = partOfMatch(m, facts);
    const domain = part === Part.Custom || part === Part.Activity || part === Part.Outcome ? at(m.cue.target as Domain) : domainOfPart(part, facts);
    partOf[i] = part;
    domainOf[i] = domain;
    // A cue counts once however often it occurs: repeating a word does not make the line more so.
    if (!seenBefore(matches, i)) scores[domain] = scores[domain]! + m.cue.weight;
    // The user's own cue words are their explicit rule for their postings: on a line that has any,
    // they decide among themselves, and the built-in cues only name the runner-up.
    if (part === Part.Custom) {
      if (!anyCustom) for (let d = 0; d < customScores.length; d++) customScores[d] = 0;
      anyCustom = true;
      customScores[domain] = customScores[domain]! + m.cue.weight;
    }
  }
  const domain = winnerOf(anyCustom ? customScores : scores, -1);
  const runnerUp = winnerOf(scores, domain);
  const top = anyCustom ? Math.max(scores[domain]!, customScores[domain]!) : scores[domain]!;
  const second = scores[runnerUp]!;
  return {
    domain: DOMAINS[domain]!,
    secondary: second > 0 && second >= Math.max(1, top * 0.4) ? DOMAINS[runnerUp] : undefined,
    confidence: confidenceOf(top, second),
    rule: anyCustom ? 'custom-cue' : ruleOf(domain, matches),
    cues: decidingCues(line, matches, domain),
  };
}

/** Reused like the arrays above: one line at a time. */
const facts: LineFacts = { outcomeDomain: -1, strongConversion: false, supply: false, publicity: false, selling: false };

function lineFacts(matches: readonly CueMatch[]): LineFacts {
  let awareness = 0;
  let conversion = 0;
  let strongConversion = false;
  let supply = false;
  let publicity = false;
  let selling = false;
  for (const m of matches) {
    if (m.cue.source === 'custom') continue;
    const concept = m.cue.concept;
    if (concept === 'supply') supply = true;
    else if (m.cue.target === 'marketing') publicity = true;
    else if (m.cue.target === 'sales' && concept !== AUDIENCE) selling = true;
    if (m.cue.role !== 'outcome') continue;
    if (m.cue.target === 'marketing') awareness += m.cue.weight;
    else if (m.cue.target === 'operations') {
      conversion += m.cue.weight;
      if (m.cue.weight >= STRONG_CONVERSION) strongConversion = true;
    }
  }
  // Rule 7: awareness together with a conversion / usage target is operations' accountability.
  // Data cues alone (数据, 复盘) tie overlap work to operations only when no awareness outweighs them.
  const outcomeDomain = strongConversion ? OPERATIONS : awareness > 0 && awareness >= conversion ? MARKETING : conversion > 0 ? OPERATIONS : -1;
  facts.outcomeDomain = outcomeDomain;
  facts.strongConversion = strongConversion;
  facts.supply = supply;
  facts.publicity = publicity;
  facts.selling = selling;
  return facts;
}

function partOfMatch(m: CueMatch, facts: LineFacts): Part {
  const target = m.cue.target;
  if (m.cue.source === 'custom') return Part.Custom;
  // Rule 1: overlap work takes the domain of the outcome it is tied to; without one it is shared.
  if (m.cue.role === 'overlap') return facts.outcomeDomain >= 0 ? Part.OverlapDecided : Part.OverlapShared;
  if (m.cue.role === 'outcome' && target === 'marketing' && facts.strongConversion) return Part.AwarenessAndConversion;
  // Rule 8: negotiating and signing creators, MCNs or content suppliers is platform supply.
  if (facts.supply && target === 'sales' && DEAL_CONCEPTS.has(m.cue.concept)) return Part.SupplyDeal;
  // Rule 9: showcases and case studies for advertisers or donors are publicity, not selling.
  if (facts.publicity && !facts.selling && target === 'sales' && m.cue.concept === AUDIENCE) return Part.AudiencePublicity;
  return m.cue.role === 'outcome' ? Part.Outcome : Part.Activity;
}

/** The domain a match of a rule-decided part counts for (the other parts count for the cue's own domain). */
function domainOfPart(part: Part, facts: LineFacts): number {
  switch (part) {
    case Part.OverlapDecided:
      return facts.outcomeDomain;
    case Part.OverlapShared:
      return SHARED;
    case Part.AudiencePublicity:
      return MARKETING;
    default:
      return OPERATIONS;
  }
}

/** Whether the cue of matches[i] already occurred earlier on the line (a line has a handful of matches). */
function seenBefore(matches: readonly CueMatch[], i: number): boolean {
  const cue = matches[i]!.cue;
  for (let j = 0; j < i; j++) if (matches[j]!.cue === cue) return true;
  return false;
}

/** The highest-scoring domain (other than `except`); TIE_ORDER settles equal scores. */
function winnerOf(scores: Float64Array, except: number): number {
  let best = -1;
  for (let t = 0; t < TIE_ORDER.length; t++) {
    const d = TIE_ORDER[t]!;
    if (d === except) continue;
    if (best === -1 || scores[d]! > scores[best]!) best = d;
  }
  return best;
}

/** Margin-based: an even split is ~0.35, a clear lead with several cues approaches 0.95. */
function confidenceOf(top: number, second: number): number {
  const margin = (top - second) / top;
  const strength = 1 - Math.exp(-top / 3);
  return Math.round((0.3 + 0.45 * margin + 0.2 * strength) * 100) / 100;
}

/** The rule named for the line, from the matches that count for the winning domain, in line order. */
function ruleOf(domain: number, matches: readonly CueMatch[]): DecisionRule {
  let overlapShared = false;
  let supplyDeal = false;
  let audience = false;
  let decided = false;
  let conceptRule: DecisionRule | undefined;
  for (let i = 0; i < matches.length; i++) {
    if (domainOf[i] !== domain) continue;
    const part = partOf[i];
    overlapShared ||= part === Part.OverlapShared;
    supplyDeal ||= part === Part.SupplyDeal;
    audience ||= part === Part.AudiencePublicity;
    decided ||= part === Part.OverlapDecided || part === Part.AwarenessAndConversion;
    conceptRule ??= matches[i]!.cue.conceptRule;
  }
  if (domain === SHARED && overlapShared) return 'overlap-no-outcome';
  if (conceptRule) return conceptRule;
  if (supplyDeal) return 'platform-supply';
  if (audience) return 'bd-vs-partnership';
  if (decided) return 'outcome-decides';
  return 'strongest-cue';
}

/** The cues of the matches that count for the winning domain, in line order. */
function decidingCues(line: PreparedLine, matches: readonly CueMatch[], domain: number): Cue[] {
  const cues: Cue[] = [];
  const name = DOMAINS[domain]!;
  for (let i = 0; i < matches.length; i++) {
    if (domainOf[i] !== domain) continue;
    const m = matches[i]!;
    const part = partOf[i] as Part;
    const kind = m.cue.source === 'custom' ? 'custom' : cueKind(part);
    cues.push(domainCue(line, m, kind, name, ruleTail(m, part, domain)));
  }
  return cues;
}

/** Rule texts for overlap work decided by each domain's outcome, built once. */
const OVERLAP_DECIDED_RULES = DOMAINS.map((d) => domainRuleTail(Part.OverlapDecided, '', d));

/** A cue's rule text after its spelling: the cue's own (built by the lexicon) unless a rule re-read it. */
function ruleTail(m: CueMatch, part: Part, domain: number): string {
  if (part === Part.Outcome || part === Part.Activity || part === Part.Custom) return m.cue.ownRule;
  if (part === Part.OverlapDecided) return OVERLAP_DECIDED_RULES[domain]!;
  return domainRuleTail(part, m.cue.concept, DOMAINS[domain]!);
}

/** `outcome` for outcome cues, `activity` for overlap work, `domain` for a domain's own work (`custom` set by the caller). */
function cueKind(part: Part): Cue['kind'] {
  if (part === Part.Outcome || part === Part.AwarenessAndConversion) return 'outcome';
  if (part === Part.Activity) return 'domain';
  return 'activity';
}
