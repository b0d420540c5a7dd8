// Public API of the appeal module (pure: no chrome.*, no DOM).
export { renderAppeal, appealPlainText, fitVariant } from './render';
export type { Fit } from './render';
export { maskAccountRef, cleanText, codePointLength } from './normalize';
export { CHANNEL_INFO, channelHint } from './channels';
export type { ChannelInfo } from './channels';
export { PLACEHOLDERS } from './placeholders';
export { AppealInputSchema, ContactSchema, AppealClauseSchema, CreditReportEntrySchema, INPUT_CAPS } from './types';
export type { AppealInput, AppealText, AppealField, AppealClause, Contact, CreditReportEntry, Localized } from './types';
export { CHAT_MAX } from './templates/chat';
export { HEIMAO_TITLE_MAX } from './templates/heimao';
