// The domain of one duty line, decided the rubric's way: by the OUTCOME the line is accountable
// for. Cues come from the lexicon automaton (already matched in prepareLine), so this is a few
// sums over a handful of matches — no text scanning here.
import { DOMAINS, type Domain } from './constants';
import type { CueMatch } from './lexicon';
import { cueSpan, type PreparedLine } from './line';
import type { Cue, DecisionRule } from './schema';
import { CONCEPT_RULE } from './classify/concepts';
import { selectDomainMatches } from './classify/select';

export interface DomainDecision {
  domain: Domain;
  secondary?: Domain;
  /** 0..1, from the margin between the winner and the runner-up and the winner's total weight. */
  confidence: number;
  rule: DecisionRule;
  cues: Cue[];
}

/** Scores live in a small array indexed by domain (`at`): cheaper than an object keyed by name. */
const zero = () => new Float64Array(DOMAINS.length);
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

/** How a match counted towards the decision, for the readable rule on its cue. */
type Part = 'outcome' | 'awareness-and-conversion' | 'overlap-decided' | 'overlap-shared' | 'activity' | 'supply-deal' | 'audience-publicity' | 'custom';

interface Counted {
  match: CueMatch;
  domain: Domain;
  part: Part;
}

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
const TIE_ORDER: readonly Domain[] = ['operations', 'marketing', 'sales', 'product', 'shared', 'other'];

export function classifyDomain(line: PreparedLine): DomainDecision {
  const matches = selectDomainMatches(line.matches);
  if (matches.length === 0) return { domain: 'other', confidence: 0.2, rule: 'no-cue', cues: [] };

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
  const outcomeDomain: Domain | undefined = strongConversion
    ? 'operations'
    : awareness > 0 && awareness >= conversion
      ? 'marketing'
      : conversion > 0
        ? 'operations'
        : undefined;

  const scores = zero();
  const counted: Counted[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const target = m.cue.target as Domain;
    // A cue counts once however often it occurs: repeating a word does not make the line more so.
    const w = seenBefore(matches, i) ? 0 : m.cue.weight;
    let domain: Domain;
    let part: Part;
    if (m.cue.source === 'custom') {
      domain = target;
      part = 'custom';
    } else if (m.cue.role === 'overlap') {
      // Rule 1: overlap work takes the domain of the outcome it is tied to; without one it is shared.
      domain = outcomeDomain ?? 'shared';
      part = outcomeDomain ? 'overlap-decided' : 'overlap-shared';
    } else if (m.cue.role === 'outcome' && target === 'marketing' && strongConversion) {
      domain = 'operations';
      part = 'awareness-and-conversion';
    } else if (supply && target === 'sales' && DEAL_CONCEPTS.has(m.cue.concept)) {
      // Rule 8: negotiating and signing creators, MCNs or content suppliers is platform supply.
      domain = 'operations';
      part = 'supply-deal';
    } else if (publicity && !selling && target === 'sales' && m.cue.concept === AUDIENCE) {
      // Rule 9: showcases and case studies for advertisers or donors are publicity, not selling.
      domain = 'marketing';
      part = 'audience-publicity';
    } else {
      domain = target;
      part = m.cue.role === 'outcome' ? 'outcome' : 'activity';
    }
    scores[at(domain)] = scores[at(domain)]! + w;
    counted.push({ match: m, domain, part });
  }

  // The user's own cue words are their explicit rule for their postings: on a line that has any,
  // they decide among themselves, and the built-in cues only name the runner-up.
  let customScores: Float64Array | undefined;
  for (const c of counted) {
    if (c.part !== 'custom') continue;
    customScores ??= zero();
    customScores[at(c.domain)] = customScores[at(c.domain)]! + c.match.cue.weight;
  }
  const domain = winnerOf(customScores ?? scores);
  const runnerUp = winnerOf(scores, domain);
  const top = customScores ? Math.max(scores[at(domain)]!, customScores[at(domain)]!) : scores[at(domain)]!;
  const second = scores[at(runnerUp)]!;
  const deciding = counted.filter((c) => c.domain === domain);
  return {
    domain,
    secondary: second > 0 && second >= Math.max(1, top * 0.4) ? runnerUp : undefined,
    confidence: confidenceOf(top, second),
    rule: customScores ? 'custom-cue' : ruleOf(domain, deciding),
    cues: deciding.map((c) => {
      const { text, start, end } = cueSpan(line, c.match);
      // Name the phrase as the posting spells it ("ROI", "品牌"), not as the lexicon stores it.
      const kind = c.match.cue.source === 'custom' ? 'custom' : cueKind(c);
      return { text, start, end, kind, weight: c.match.cue.weight, rule: ruleText(c, text), domain };
    }),
  };
}

/** Whether the cue of matches[i] already occurred earlier on the line (a line has a handful of matches). */
function seenBefore(matches: readonly CueMatch[], i: number): boolean {
  const cue = matches[i]!.cue;
  for (let j = 0; j < i; j++) if (matches[j]!.cue === cue) return true;
  return false;
}

/** The highest-scoring domain (other than `except`); TIE_ORDER settles equal scores. */
function winnerOf(scores: Float64Array, except?: Domain): Domain {
  let best: Domain | undefined;
  for (const d of TIE_ORDER) {
    if (d === except) continue;
    if (best === undefined || scores[at(d)]! > scores[at(best)]!) best = d;
  }
  return best!;
}

/** Margin-based: an even split is ~0.35, a clear lead with several cues approaches 0.95. */
function confidenceOf(top: number, second: number): number {
  const margin = (top - second) / top;
  const strength = 1 - Math.exp(-top / 3);
  return Math.round((0.3 + 0.45 * margin + 0.2 * strength) * 100) / 100;
}

function ruleOf(domain: Domain, deciding: Counted[]): DecisionRule {
  if (domain === 'shared' && deciding.some((c) => c.part === 'overlap-shared')) return 'overlap-no-outcome';
  for (const c of deciding) {
    const rule = CONCEPT_RULE[c.match.cue.concept];
    if (rule) return rule;
  }
  if (deciding.some((c) => c.part === 'supply-deal')) return 'platform-supply';
  if (deciding.some((c) => c.part === 'audience-publicity')) return 'bd-vs-partnership';
  if (deciding.some((c) => c.part === 'overlap-decided' || c.part === 'awareness-and-conversion')) return 'outcome-decides';
  return 'strongest-cue';
}

/** `outcome` for outcome cues, `activity` for overlap work, `domain` for a domain's own work (`custom` set by toCue). */
function cueKind(c: Counted): Cue['kind'] {
  if (c.part === 'outcome' || c.part === 'awareness-and-conversion') return 'outcome';
  if (c.part === 'activity') return 'domain';
  return 'activity';
}

function ruleText(c: Counted, text: string): string {
  const concept = c.match.cue.concept;
  switch (c.part) {
    case 'custom':
      return `${text} → custom cue → ${c.domain}`;
    case 'outcome':
      return `${text} → outcome: ${concept} → ${c.domain}`;
    case 'awareness-and-conversion':
      return `${text} → outcome: ${concept}, with a conversion target → operations`;
    case 'overlap-decided':
      return `${text} → overlap activity, decided by the outcome → ${c.domain}`;
    case 'overlap-shared':
      return `${text} → overlap activity, no outcome cue → shared`;
    case 'supply-deal':
      return `${text} → signing platform supply → operations`;
    case 'audience-publicity':
      return `${text} → publicity aimed at advertisers or donors → marketing`;
    case 'activity':
      return `${text} → ${concept} → ${c.domain}`;
  }
}
