// Plain constants, kept apart from the Zod schemas so that code which only needs the names
// (the content script, the lexicon loader) does not pull full Zod into its bundle.
export const DOMAINS = ['marketing', 'operations', 'shared', 'sales', 'product', 'other'] as const;
export const LEVELS = ['strategy', 'tactics', 'execution', 'management', 'chores'] as const;
export const BANDS = ['none', 'clear', 'leaning', 'mixed'] as const;
export const TITLE_FITS = ['fits', 'mixed', 'mislabelled', 'unknown'] as const;
export const SENIORITY_FITS = ['fits', 'inflated', 'understated', 'unknown'] as const;

/** Which rubric rule decided the domain; the UI turns the id into a sentence. */
export const DECISION_RULES = [
  'outcome-decides', // an explicit awareness or conversion outcome decides an overlap activity (rule 1, 7)
  'paid-media', // paid acquisition by ROI vs paid media for reach (rule 2)
  'feedback-vs-build', // relaying feedback is operations, building is product (rule 3)
  'bd-vs-partnership', // BD for revenue is sales, partnerships for reach marketing (rule 4, 9)
  'overlap-no-outcome', // an overlap activity with no outcome cue (shared)
  'platform-supply', // creators / suppliers / governance are operations (rule 8)
  'back-office', // stores, facilities, back office are other (rule 12)
  'strongest-cue', // the domain with the most cue weight
  'no-cue', // nothing matched: other
  'custom-cue', // one of the user's own cue words decided (options page)
] as const;

export type Domain = (typeof DOMAINS)[number];
export type Level = (typeof LEVELS)[number];
