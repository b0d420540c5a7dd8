// The frame of an appeal text: address, greeting, headings, form labels and
// signature (README.md#appeal-text). A frame states nothing about the case; its
// slots are fill-ins the user completes (name, account, lender, day), shown as
// visible placeholders while unknown (slots.ts).
import { defineLines } from './lines';
import { SOURCE } from '../rules/kb/sources';

export const FRAMES = defineLines({
  'to-lender': { text: { zh: '致{{lender}}：', en: 'To {{lender}}:' }, backing: [] },
  greeting: { text: { zh: '您好。', en: 'Hello.' }, backing: [] },
  thanks: { text: { zh: '谢谢。', en: 'Thank you.' }, backing: [] },
  account: { text: { zh: '账户：{{account}}。', en: 'Account: {{account}}.' }, backing: [] },
  'history-heading': { text: { zh: '此前的沟通记录：', en: 'Earlier contacts:' }, backing: [] },
  'requests-heading': { text: { zh: '我提出以下请求：', en: 'I make the following requests:' }, backing: [] },
  'sign-off': { text: { zh: '此致', en: 'Yours faithfully,' }, backing: [] },
  salute: { text: { zh: '敬礼！', en: '' }, backing: [] },
  signature: { text: { zh: '{{name}}', en: '{{name}}' }, backing: [] },
  'date-line': { text: { zh: '{{written}}', en: '{{written}}' }, backing: [] },

  // The regulator's complaint form (12378 / 金融消费者保护服务平台).
  'complaint-about': { text: { zh: '投诉对象：{{lender}}', en: 'Complaint about: {{lender}}' }, backing: [] },
  'complaint-product': { text: { zh: '涉及产品：{{product}}', en: 'Product: {{product}}' }, backing: [] },
  complainant: { text: { zh: '投诉人：{{name}}', en: 'Complainant: {{name}}' }, backing: [] },
  'complaint-account': { text: { zh: '账户：{{account}}', en: 'Account: {{account}}' }, backing: [] },
  'facts-heading': { text: { zh: '事实经过：', en: 'What happened:' }, backing: [] },
  // Where the case records no fact at all: a visible gap for the user to fill (placeholders.ts).
  'facts-gap': { text: { zh: '【事实经过】', en: '[what happened]' }, backing: [] },
  'asks-heading': { text: { zh: '诉求：', en: 'What I ask for:' }, backing: [] },
  // The user's own declaration on sending: everything above is theirs or a placeholder they fill.
  truthful: { text: { zh: '以上内容均据实填写。', en: 'The above is stated truthfully.' }, backing: [] },

  // The credit-report objection (征信业管理条例 Art. 25, docs/sources.md#credit-reg-25).
  'objection-title': { text: { zh: '个人信用报告异议申请', en: 'Objection to an entry in my personal credit report' }, backing: [] },
  applicant: { text: { zh: '申请人：{{name}}', en: 'Applicant: {{name}}' }, backing: [] },
  'objection-intro': {
    text: {
      zh: '根据《征信业管理条例》第二十五条，我对上述信息提出异议：',
      en: 'Under Article 25 of the Regulation on the Administration of the Credit Reporting Industry, I object to this entry:',
    },
    backing: [],
    sources: [SOURCE['credit-reg-25']],
  },
  'dated-line': { text: { zh: '日期：{{written}}', en: 'Date: {{written}}' }, backing: [] },

  // The personal-information request (docs/sources.md#pipl).
  'pipl-intro': {
    text: {
      zh: '依据《个人信息保护法》，我提出以下请求：',
      en: 'Under the Personal Information Protection Law (PIPL), I make the following requests:',
    },
    backing: [],
  },
});

export type FrameId = keyof typeof FRAMES;
