// Names the popup shows for the contract's ids (product names come from
// src/shared/products.ts). Each call is a literal t() with its id so
// test/meta/i18n.test.ts can see that the id is used; the words live in
// public/_locales. Kept here rather than imported from src/rules/text.ts or
// src/appeal/channels.ts, which would pull the engine and the templates into
// the popup bundle (popup.gzip_bytes goal ≤ 25 KB).
import { PRODUCT_LABEL, type Product } from '../shared/products';
import type { AppealChannel } from '../shared/channels';
import type { CaseDateKey, ChecklistGroup } from '../rules/types';
import type { InsertRefusal } from '../shared/to-content';
import { t, uiLang } from '../shared/i18n';

type Labels<K extends string> = Record<K, () => string>;

export const productLabel = (p: Product): string => PRODUCT_LABEL[p][uiLang()];

// Labels and "where to send it" hints follow the templates' own label/hint
// (src/appeal/templates/*.ts) in plain words.
const CHANNEL: Labels<AppealChannel> = {
  chat: () => t('popupChannelChat'),
  letter: () => t('popupChannelLetter'),
  regulator: () => t('popupChannelRegulator'),
  'credit-objection': () => t('popupChannelObjection'),
  'pipl-explanation': () => t('popupChannelPipl'),
  heimao: () => t('popupChannelHeimao'),
};
export const channelLabel = (c: AppealChannel): string => CHANNEL[c]();

const GROUP: Labels<ChecklistGroup> = {
  gather: () => t('popupGroupGather'),
  contact: () => t('popupGroupContact'),
  fix: () => t('popupGroupFix'),
  escalate: () => t('popupGroupEscalate'),
  protect: () => t('popupGroupProtect'),
  financing: () => t('popupGroupFinancing'),
};
export const groupLabel = (g: string): string => (g in GROUP ? GROUP[g as ChecklistGroup]() : g);

const DATE: Labels<CaseDateKey> = {
  lineChanged: () => t('popupDateLineChanged'),
  overdueRepaid: () => t('popupDateOverdueRepaid'),
  firstContact: () => t('popupDateFirstContact'),
  lenderComplaint: () => t('popupDateLenderComplaint'),
  lenderReply: () => t('popupDateLenderReply'),
  regulatorComplaint: () => t('popupDateRegulatorComplaint'),
  regulatorReply: () => t('popupDateRegulatorReply'),
  creditObjection: () => t('popupDateCreditObjection'),
  creditObjectionReply: () => t('popupDateCreditObjectionReply'),
  pbocComplaint: () => t('popupDatePbocComplaint'),
  pbocReply: () => t('popupDatePbocReply'),
  courtFiling: () => t('popupDateCourtFiling'),
};
export const dateLabel = (k: CaseDateKey): string => DATE[k]();

const REFUSAL: Labels<InsertRefusal> = {
  'no-field': () => t('popupRefuseNoField'),
  password: () => t('popupRefusePassword'),
  hidden: () => t('popupRefuseHidden'),
  readonly: () => t('popupRefuseReadonly'),
  disabled: () => t('popupRefuseDisabled'),
  unsupported: () => t('popupRefuseUnsupported'),
  'cross-origin-frame': () => t('popupRefuseFrame'),
  'too-long': () => t('popupRefuseTooLong'),
  'not-taken': () => t('popupRefuseNotTaken'),
  changed: () => t('popupRefuseChanged'),
};
export const refusalText = (r: InsertRefusal): string => REFUSAL[r]();

const CONFIDENCE: Labels<'high' | 'medium' | 'low'> = {
  high: () => t('popupConfidenceHigh'),
  medium: () => t('popupConfidenceMedium'),
  low: () => t('popupConfidenceLow'),
};
export const confidenceLabel = (c: 'high' | 'medium' | 'low'): string => CONFIDENCE[c]();

const STATE: Labels<'not_started' | 'waiting' | 'overdue' | 'answered'> = {
  not_started: () => t('popupStateNotStarted'),
  waiting: () => t('popupStateWaiting'),
  overdue: () => t('popupStateOverdue'),
  answered: () => t('popupStateAnswered'),
};
export const stateLabel = (s: 'not_started' | 'waiting' | 'overdue' | 'answered'): string => STATE[s]();
