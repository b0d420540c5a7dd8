// The two kinds of channel, one word each (README glossary):
// - a ContactChannel is how a timeline note reached or left the user (a call,
//   a chat, a letter…), recorded on the case file;
// - an AppealChannel is a kind of appeal text Reopen renders, one template file
//   each under src/appeal/templates/<id>.ts.
// Plain data, no zod, so every context can use them.

export const CONTACT_CHANNELS = ['phone', 'chat', 'letter', 'app', 'regulator', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const APPEAL_CHANNELS = [
  'chat', // the lender's customer-service chat: short, ≤ 300 code points
  'letter', // a written appeal (complaint) to the lender
  'regulator', // complaint narrative for NFRA 12378 / 金融消费者保护服务平台 (docs/sources.md#regulators)
  'credit-objection', // 异议申请 under 征信业管理条例 Art. 25 (docs/sources.md#credit-regulation)
  'pipl-explanation', // PIPL Art. 24(3), 45, 46, 48, 50 request (docs/sources.md#pipl)
  'heimao', // 黑猫投诉 fields: a commercial platform run by Sina, not a regulator (docs/sources.md#regulators)
] as const;
export type AppealChannel = (typeof APPEAL_CHANNELS)[number];
