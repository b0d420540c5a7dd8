// The bundled rules. Conditions use json-rules-engine's shape (engine.ts).
// Registry: one file per item, id === filename, sorted by id (kb.test.ts checks).
import type { Rule } from '../../types';
import antCreditReporting from './ant-credit-reporting';
import appealKit from './appeal-kit';
import askOfficially from './ask-officially';
import bankCard from './bank-card';
import businessOwner from './business-owner';
import cashNeedSoon from './cash-need-soon';
import cashOut from './cash-out';
import deviceChange from './device-change';
import frequentLarge from './frequent-large';
import fundUse from './fund-use';
import idExpired from './id-expired';
import inactivity from './inactivity';
import lenderReplied from './lender-replied';
import lenderSilent from './lender-silent';
import lineCameAndWent from './line-came-and-went';
import merchantShop from './merchant-shop';
import multiLending from './multi-lending';
import noFormalComplaint from './no-formal-complaint';
import objectionFiled from './objection-filed';
import objectionSilent from './objection-silent';
import onTimeRepayment from './on-time-repayment';
import overdueOther from './overdue-other';
import overdueRepaid from './overdue-repaid';
import overdueSameGroup from './overdue-same-group';
import overdueThisProduct from './overdue-this-product';
import pageInactivity from './page-inactivity';
import pageOverdue from './page-overdue';
import pageRuleBreach from './page-rule-breach';
import paidOffer from './paid-offer';
import pbocSilent from './pboc-silent';
import platformBrandSplit from './platform-brand-split';
import platformJiebeiGone from './platform-jiebei-gone';
import protectAlways from './protect-always';
import repayOverdue from './repay-overdue';
import reportError from './report-error';
import selfLocked from './self-locked';
import statusImpacts from './status-impacts';
import statusMerchant from './status-merchant';
import statusSecurity from './status-security';
import statusUserLocked from './status-user-locked';
import systemError from './system-error';

export const RULES: readonly Rule[] = [
  antCreditReporting,
  appealKit,
  askOfficially,
  bankCard,
  businessOwner,
  cashNeedSoon,
  cashOut,
  deviceChange,
  frequentLarge,
  fundUse,
  idExpired,
  inactivity,
  lenderReplied,
  lenderSilent,
  lineCameAndWent,
  merchantShop,
  multiLending,
  noFormalComplaint,
  objectionFiled,
  objectionSilent,
  onTimeRepayment,
  overdueOther,
  overdueRepaid,
  overdueSameGroup,
  overdueThisProduct,
  pageInactivity,
  pageOverdue,
  pageRuleBreach,
  paidOffer,
  pbocSilent,
  platformBrandSplit,
  platformJiebeiGone,
  protectAlways,
  repayOverdue,
  reportError,
  selfLocked,
  statusImpacts,
  statusMerchant,
  statusSecurity,
  statusUserLocked,
  systemError,
];
