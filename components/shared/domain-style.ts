import type { DecisionRule, Domain } from '@/lib/analysis/schema';
import type { MessageKey } from '@/lib/i18n';

/** Order of the sections and of the stacked bar. */
export const DOMAIN_ORDER: readonly Domain[] = ['marketing', 'operations', 'shared', 'sales', 'product', 'other'];

/** CSS colour variable of a domain (defined in theme.css). */
export const domainColor = (domain: Domain): string => `var(--rl-${domain})`;

export const RULE_KEYS: Record<DecisionRule, MessageKey> = {
  'outcome-decides': 'rule_outcome_decides',
  'paid-media': 'rule_paid_media',
  'feedback-vs-build': 'rule_feedback_vs_build',
  'bd-vs-partnership': 'rule_bd_vs_partnership',
  'overlap-no-outcome': 'rule_overlap_no_outcome',
  'platform-supply': 'rule_platform_supply',
  'back-office': 'rule_back_office',
  'strongest-cue': 'rule_strongest_cue',
  'no-cue': 'rule_no_cue',
  'custom-cue': 'rule_custom_cue',
};
