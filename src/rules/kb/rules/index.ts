// The bundled rules. Conditions use json-rules-engine's shape (engine.ts).
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { Rule } from '../../types';
import baseAppeal from './base-appeal';
import businessOwner from './business-owner';
import cashOut from './cash-out';
import deviceChange from './device-change';
import frequentLarge from './frequent-large';
import fundUse from './fund-use';
import idExpired from './id-expired';
import inactivity from './inactivity';
import lenderSilent from './lender-silent';
import limitCutSharp from './limit-cut-sharp';
import merchantShop from './merchant-shop';
import multiLending from './multi-lending';
import noFormalComplaint from './no-formal-complaint';
import objectionSilent from './objection-silent';
import onTimeRepayment from './on-time-repayment';
import overdueOther from './overdue-other';
import overdueSameGroup from './overdue-same-group';
import pageTextAssessment from './page-text-assessment';
import pbocSilent from './pboc-silent';
import platformBrandSplit from './platform-brand-split';
import platformJiebeiGone from './platform-jiebei-gone';
import reportError from './report-error';
import scoreDrop from './score-drop';
import statusAssessment from './status-assessment';
import statusClosed from './status-closed';
import statusFrozen from './status-frozen';
import statusMerchant from './status-merchant';
import statusSecurity from './status-security';
import statusSuspended from './status-suspended';
import statusUserLocked from './status-user-locked';
import systemError from './system-error';

export const RULES: readonly Rule[] = [
  baseAppeal,
  businessOwner,
  cashOut,
  deviceChange,
  frequentLarge,
  fundUse,
  idExpired,
  inactivity,
  lenderSilent,
  limitCutSharp,
  merchantShop,
  multiLending,
  noFormalComplaint,
  objectionSilent,
  onTimeRepayment,
  overdueOther,
  overdueSameGroup,
  pageTextAssessment,
  pbocSilent,
  platformBrandSplit,
  platformJiebeiGone,
  reportError,
  scoreDrop,
  statusAssessment,
  statusClosed,
  statusFrozen,
  statusMerchant,
  statusSecurity,
  statusSuspended,
  statusUserLocked,
  systemError,
];
