// The claims table: every factual sentence an appeal text can contain, with
// what backs it (README.md#appeal-text). A claim is written only when its
// backing holds for the case, and says exactly what that backing says — a case
// field (dates, lender, product, status, the exhibit's text, account, notes with
// ticket numbers) or one of the user's own answers, in the words of the answer
// (docs/sources.md#wording-rules: state verifiable facts; never more). Slots and
// optional parts are explained in pattern.ts and slots.ts; `check.ts` holds
// every rendered text to this table.
//
// Written for one addressee each: "贵司 / you" in texts to the lender, "该机构 /
// the lender" in texts to a regulator or a public platform.
import { defineLines } from './lines';

const overdue = (is: string, zh: string, en: string) => ({ answer: 'q_overdue', is: [is], said: { zh, en } });
// The user's statement "已经全部还清" (q_overdue_now = repaid); its day is case.dates.overdueRepaid.
const repaid = { answer: 'q_overdue_now', is: ['repaid'], said: { zh: '已经全部还清', en: 'repaid in full' } };
const complained = { answer: 'q_contacted', is: ['complained'], said: { zh: '正式投诉', en: 'formal complaint' } };

export const CLAIMS = defineLines({
  // ---- who is writing, and the status --------------------------------------
  identity: {
    text: {
      zh: '本人{{name}}，是贵司{{product}}的用户（账户：{{account}}）。',
      en: 'I, {{name}}, am a user of your {{product}} (account: {{account}}).',
    },
    backing: [{ field: 'case' }],
  },
  status: {
    // The case's status as Reopen names it (STATUS_LABEL), not a quotation: the
    // page's own words are the exhibit's.
    text: { zh: '我的{{product}}目前的状态：{{status}}。', en: 'The current status of my {{product}}: {{status}}.' },
    backing: [{ field: 'status' }],
  },
  'line-changed': {
    text: { zh: '我于{{lineChanged}}发现额度状态发生了变化。', en: 'I noticed the change to my credit line on {{lineChanged}}.' },
    backing: [{ field: 'dates.lineChanged' }],
  },
  exhibit: {
    // The exhibit's status line, quoted as saved, with its source and day.
    text: {
      zh: '证据：“{{exhibitText}}”（{{exhibitSource}}，{{exhibitDay}}）。',
      en: 'Evidence: "{{exhibitText}}" ({{exhibitSource}}, {{exhibitDay}}).',
    },
    backing: [{ field: 'exhibit' }],
  },
  'title-status': {
    // A headline (黑猫投诉's title) that names the status and asks.
    text: { zh: '{{product}}{{status}}：请求说明并人工复核', en: '{{product}}: {{status}}, please explain' },
    backing: [{ field: 'status' }],
  },

  // ---- the user's answers --------------------------------------------------
  'overdue-none': {
    text: { zh: '本人最近一年没有逾期还款。', en: 'I have had no late repayment in the past year.' },
    backing: [overdue('none', '最近一年没有逾期', 'no late repayment in the past year')],
  },
  'overdue-repaid-this-product': {
    text: {
      zh: '这个产品本身曾有逾期，逾期款项我已经全部还清（还清日期：{{overdueRepaid}}）。',
      en: 'This product itself was once repaid late; the late amount is now repaid in full (on {{overdueRepaid}}).',
    },
    backing: [overdue('this_product', '这个产品本身', 'this product itself'), repaid],
  },
  'overdue-repaid-same-group': {
    text: {
      zh: '同一平台的其他产品曾有逾期，逾期款项我已经全部还清（还清日期：{{overdueRepaid}}）。',
      en: 'Another product of the same platform was once repaid late; the late amount is now repaid in full (on {{overdueRepaid}}).',
    },
    backing: [overdue('same_group', '同一平台的其他产品', 'another product of the same platform'), repaid],
  },
  'overdue-repaid-other': {
    text: {
      zh: '我在其他机构或银行曾有逾期，逾期款项已经全部还清（还清日期：{{overdueRepaid}}）。',
      en: 'I was once late with another lender or bank; the late amount is now repaid in full (on {{overdueRepaid}}).',
    },
    backing: [overdue('other', '其他机构或银行', 'another lender or bank'), repaid],
  },
  'report-errors': {
    text: {
      zh: '我查过自己的征信报告，报告里有错误或不认识的记录。',
      en: 'I have checked my credit report, and it has errors or records I do not recognise.',
    },
    backing: [
      { answer: 'q_report', is: ['errors'], said: { zh: '报告里有错误或不认识的记录', en: 'errors or records i do not recognise' } },
    ],
  },
  'report-clean': {
    text: { zh: '我查过自己的征信报告，没发现问题。', en: 'I have checked my credit report and found no problem.' },
    backing: [{ answer: 'q_report', is: ['clean'], said: { zh: '没发现问题', en: 'found no problem' } }],
  },
  complained: {
    text: {
      zh: '我已经就此事向贵司正式投诉（投诉日期：{{lenderComplaint}}）。',
      en: 'I have already filed a formal complaint with you about this (on {{lenderComplaint}}).',
    },
    backing: [complained],
  },
  'complained-third': {
    text: {
      zh: '我已经就此事向该机构正式投诉（投诉日期：{{lenderComplaint}}）。',
      en: 'I have already filed a formal complaint with the lender about this (on {{lenderComplaint}}).',
    },
    backing: [complained],
  },
  asked: {
    text: { zh: '我曾就此事询问贵司客服（{{firstContact}}）。', en: 'I asked your customer service about this (on {{firstContact}}).' },
    backing: [{ answer: 'q_contacted', is: ['asked'], said: { zh: '客服', en: 'customer service' } }],
  },
  'asked-third': {
    text: {
      zh: '我曾就此事询问该机构客服（{{firstContact}}），没有正式投诉。',
      en: "I asked the lender's customer service about this (on {{firstContact}}) and have not filed a formal complaint.",
    },
    backing: [{ answer: 'q_contacted', is: ['asked'], said: { zh: '没有正式投诉', en: 'not filed a formal complaint' } }],
  },

  // ---- the timeline: one sentence per recorded contact ---------------------
  contact: {
    text: {
      zh: '{{contactDay}}，{{via}}联系贵司[[（工单号：{{ref}}）]][[，记录：{{summary}}]]。',
      en: '{{contactDay}}: contacted you {{via}}[[ (ticket no. {{ref}})]][[; note: {{summary}}]].',
    },
    backing: [{ field: 'contact', is: ['phone', 'chat', 'letter', 'app', 'other'] }],
    each: 'contact',
  },
  'contact-third': {
    text: {
      zh: '{{contactDay}}，{{via}}联系该机构[[（工单号：{{ref}}）]][[，记录：{{summary}}]]。',
      en: '{{contactDay}}: contacted the lender {{via}}[[ (ticket no. {{ref}})]][[; note: {{summary}}]].',
    },
    backing: [{ field: 'contact', is: ['phone', 'chat', 'letter', 'app', 'other'] }],
    each: 'contact',
  },
  'contact-regulator': {
    text: {
      zh: '{{contactDay}}，向金融监管部门投诉[[（工单号：{{ref}}）]][[，记录：{{summary}}]]。',
      en: '{{contactDay}}: filed a complaint with the financial regulator[[ (ticket no. {{ref}})]][[; note: {{summary}}]].',
    },
    backing: [{ field: 'contact', is: ['regulator'] }],
    each: 'contact',
  },

  // ---- the credit-report entry an objection is about (the user fills it in) --
  'objection-entry': {
    text: {
      zh: '异议信息：我的个人信用报告中由{{institution}}报送的{{item}}。',
      en: 'Entry in question: {{item}}, reported by {{institution}}, in my personal credit report.',
    },
    backing: [{ field: 'case' }],
  },
  'objection-reason': {
    text: { zh: '异议理由：{{whatIsWrong}}。', en: 'What is wrong: {{whatIsWrong}}.' },
    backing: [{ field: 'case' }],
  },
});

export type ClaimId = keyof typeof CLAIMS;
