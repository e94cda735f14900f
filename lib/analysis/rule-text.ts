// The readable rule on each cue ("转化率 → outcome: conversion → operations", "协助 (leads the line) →
// level: chores"). Most of a rule depends only on the cue, so the lexicon builds those once per cue
// (CompiledCue.ownRule, levelRules) and the classifiers only prepend the posting's spelling; building the
// strings for every cue of every line cost more than the rest of the domain decision.
import type { Domain, Level } from './constants';

/** How a domain match counted towards the decision (classify.ts decides; the rule text names it). */
export const Part = {
  Outcome: 0,
  AwarenessAndConversion: 1,
  OverlapDecided: 2,
  OverlapShared: 3,
  Activity: 4,
  SupplyDeal: 5,
  AudiencePublicity: 6,
  Custom: 7,
} as const;
export type Part = (typeof Part)[keyof typeof Part];

/** Chores and management are about the line's main verb: their rules say where the cue stands. */
export const POSITIONAL: ReadonlySet<Level> = new Set(['chores', 'management']);

/** A domain cue's rule after the cue's own text: "转化率" + " → outcome: conversion → operations". */
export function domainRuleTail(part: Part, concept: string, domain: Domain): string {
  switch (part) {
    case Part.Custom:
      return ` → custom cue → ${domain}`;
    case Part.Outcome:
      return ` → outcome: ${concept} → ${domain}`;
    case Part.AwarenessAndConversion:
      return ` → outcome: ${concept}, with a conversion target → operations`;
    case Part.OverlapDecided:
      return ` → overlap activity, decided by the outcome → ${domain}`;
    case Part.OverlapShared:
      return ' → overlap activity, no outcome cue → shared';
    case Part.SupplyDeal:
      return ' → signing platform supply → operations';
    case Part.AudiencePublicity:
      return ' → publicity aimed at advertisers or donors → marketing';
    case Part.Activity:
      return ` → ${concept} → ${domain}`;
  }
}

/** The part a domain cue counts as when no rule re-reads it: its own domain, as an outcome or an activity. */
export const ownPart = (source: 'builtin' | 'custom', role: string): Part => (source === 'custom' ? Part.Custom : role === 'outcome' ? Part.Outcome : Part.Activity);

/**
 * A level cue's rule, by where it stands: [when it leads the line, when it stands inside it]. Only chores
 * and management say which; the other levels' two rules are the same.
 */
export function levelRules(text: string, source: 'builtin' | 'custom', level: Level): [string, string] {
  const custom = source === 'custom' ? ' [custom]' : '';
  if (!POSITIONAL.has(level)) {
    const rule = `${text}${custom} → level: ${level}`;
    return [rule, rule];
  }
  return [`${text} (leads the line)${custom} → level: ${level}`, `${text} (inside the line)${custom} → level: ${level}`];
}
