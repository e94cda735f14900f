// Every domain cue's `note` starts with a concept tag ("conversion: …"). The tag says which rubric
// concept the cue stands for, so the classifier can name the rule that decided a line and the user
// can read why ("转化率 → outcome: conversion → operations").
import type { DecisionRule, Domain } from '../schema';

/** The concept tags each domain file may use; the lexicon test holds every cue to this list. */
export const CONCEPTS: Record<Domain, readonly string[]> = {
  marketing: ['awareness', 'brand', 'pr', 'research', 'campaign', 'paid-reach', 'partnership', 'materials', 'events'],
  operations: ['acquisition', 'conversion', 'retention', 'activation', 'engagement', 'growth', 'metrics', 'paid-performance', 'feedback', 'supply', 'community', 'user-ops', 'content-ops', 'shop', 'search'],
  shared: ['copy', 'event', 'planning', 'posting', 'content', 'promotion'],
  sales: ['deal', 'revenue', 'bd', 'channel', 'client', 'fundraising', 'ad-sales', 'audience'],
  product: ['build', 'spec', 'design', 'qa'],
  other: ['back-office', 'admin', 'chores', 'finance', 'people', 'compliance', 'reporting', 'data-plumbing', 'coordination', 'project'],
};

/** Concepts that name a specific rubric rule when they are among the deciding cues. */
export const CONCEPT_RULE: Record<string, DecisionRule> = {
  'paid-reach': 'paid-media',
  'paid-performance': 'paid-media',
  feedback: 'feedback-vs-build',
  build: 'feedback-vs-build',
  spec: 'feedback-vs-build',
  bd: 'bd-vs-partnership',
  fundraising: 'bd-vs-partnership',
  'ad-sales': 'bd-vs-partnership',
  audience: 'bd-vs-partnership',
  partnership: 'bd-vs-partnership',
  supply: 'platform-supply',
  'back-office': 'back-office',
};
