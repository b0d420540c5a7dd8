// Checklist items, grouped: gather, contact, fix, escalate, protect, financing.
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { ChecklistDef } from '../../types';
import askIssuingBank from './ask-issuing-bank';
import askReason from './ask-reason';
import bridgeCashFlow from './bridge-cash-flow';
import checkXinyongdaiPage from './check-xinyongdai-page';
import collectRepaymentRecords from './collect-repayment-records';
import complainPbocBranch from './complain-pboc-branch';
import complainRegulator from './complain-regulator';
import considerCourt from './consider-court';
import diversifyFinancing from './diversify-financing';
import extraFreeReports2026 from './extra-free-reports-2026';
import fileFormalComplaint from './file-formal-complaint';
import getCreditReport from './get-credit-report';
import improveCreditBehaviour from './improve-credit-behaviour';
import keepRepaying from './keep-repaying';
import noPaidAgents from './no-paid-agents';
import officialSitesOnly from './official-sites-only';
import planNextMonths from './plan-next-months';
import raiseCreditObjection from './raise-credit-objection';
import refusePaidOffer from './refuse-paid-offer';
import repaidRecord from './repaid-record';
import repairPolicy2026 from './repair-policy-2026';
import repayOverdue from './repay-overdue';
import screenshotStatus from './screenshot-status';
import separateBusinessFunds from './separate-business-funds';
import unlockOwnLock from './unlock-own-lock';
import verifyIdentity from './verify-identity';

export const CHECKLIST: readonly ChecklistDef[] = [
  askIssuingBank,
  askReason,
  bridgeCashFlow,
  checkXinyongdaiPage,
  collectRepaymentRecords,
  complainPbocBranch,
  complainRegulator,
  considerCourt,
  diversifyFinancing,
  extraFreeReports2026,
  fileFormalComplaint,
  getCreditReport,
  improveCreditBehaviour,
  keepRepaying,
  noPaidAgents,
  officialSitesOnly,
  planNextMonths,
  raiseCreditObjection,
  refusePaidOffer,
  repaidRecord,
  repairPolicy2026,
  repayOverdue,
  screenshotStatus,
  separateBusinessFunds,
  unlockOwnLock,
  verifyIdentity,
];
