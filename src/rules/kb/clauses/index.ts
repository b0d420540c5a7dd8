// Appeal clauses for the templates: facts, requests, remedies. Requests, never accusations (docs/sources.md#pipl).
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { ClauseDef } from '../../types';
import factOnTime from './fact-on-time';
import factReportError from './fact-report-error';
import remedyObjectionMark from './remedy-objection-mark';
import remedyReassess from './remedy-reassess';
import requestAccessCopy from './request-access-copy';
import requestCorrection from './request-correction';
import requestExplanation from './request-explanation';
import requestHumanReview from './request-human-review';
import requestReasonsOnRefusal from './request-reasons-on-refusal';
import requestWrittenReply from './request-written-reply';

export const CLAUSES: readonly ClauseDef[] = [
  factOnTime,
  factReportError,
  remedyObjectionMark,
  remedyReassess,
  requestAccessCopy,
  requestCorrection,
  requestExplanation,
  requestHumanReview,
  requestReasonsOnRefusal,
  requestWrittenReply,
];
