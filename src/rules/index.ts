// Public entry of the rule engine and knowledge base (pure: no chrome.*, no DOM).
//
//   const parsed = FactsSchema.safeParse(input);      // untrusted input
//   if (parsed.success) diagnose(parsed.data);         // never throws for parsed facts
//
// The knowledge base is checked at build time (vite.config.ts) and in tests.
export { diagnose } from './diagnose';
export { FactsSchema, IsoDateSchema, parseFacts } from './facts';
export { knowledgeBaseProblems, RuleSchema, ConditionSchema } from './schema';
export { defineRule, evaluate } from './engine';
export { QUESTIONS, QUESTION_BY_ID, UNSURE, applies } from './questions';
export { LEGACY_ANSWER_KEYS, answersOf } from './answers';
export type { Question, QuestionOption } from './questions';
export { KB } from './kb';
export type { KnowledgeBase } from './kb';
export { addCalendarDays, addCalendarMonths } from './dates';
export { CASE_DATE_KEYS, CHECKLIST_GROUPS, OPERATORS } from './types';
export type * from './types';
