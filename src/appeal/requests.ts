// What appeal texts ask for (README.md#appeal-text; docs/sources.md#wording-rules):
// an explanation and human review (PIPL Art. 24(3)), correction of wrong data
// (PIPL Art. 46; 征信业管理条例 Art. 25), and a written reply in time. Each is
// phrased as a request (请 / please), never as a claim that the lender broke
// the law (docs/sources.md#pipl-24: whether a closure is a decision "with a
// significant effect" is an argument, so Art. 24(3) is asked for "if the
// decision was made by automated means").
//
// Art. 24(3) gives a right to an explanation (说明), not to "the specific
// reason"; nothing here asks for 具体原因.
//
// The 15/30/60-day clock binds banks and insurers (《银行业保险业消费投诉处理管理办法》);
// whether consumer finance companies and platforms fall under it is not
// confirmed (docs/sources.md#complaint-time-limits). So a text to a bank or an
// insurer asks for a reply "as the Measures require of banks and insurers", and
// a text to anyone else asks for one "taking those limits as a reference" (参照).
import { defineLines, type Backing } from './lines';
import { SOURCE } from '../rules/kb/sources';

const bank: Backing = { field: 'lenderKind', is: ['bank-insurer'] };
const notBank: Backing = { field: 'lenderKind', is: ['other'] };
const pipl24 = [SOURCE['pipl-24'], SOURCE['pipl-73']];
const clock = [SOURCE['cbirc-complaints-2020']];

export const REQUESTS = defineLines({
  // ---- to the lender ("贵司" / "you"): the letter and the 黑猫投诉 demand ----
  explain: {
    text: {
      zh: '如该决定是通过自动化决策方式作出的，请贵司依据《个人信息保护法》第二十四条第三款，就该决定向我予以说明。',
      en: 'If this decision was made by automated means, please explain it to me, as Article 24(3) of the Personal Information Protection Law (PIPL) provides.',
    },
    backing: [],
    sources: pipl24,
  },
  review: {
    text: {
      zh: '请安排工作人员对该决定进行人工复核，而不是仅通过自动化决策方式作出。',
      en: 'Please have the decision reviewed by a member of staff, rather than made solely by automated means.',
    },
    backing: [],
    sources: [SOURCE['pipl-24']],
  },
  correct: {
    text: {
      zh: '如该决定所依据的个人信息有误或不完整，请根据《个人信息保护法》第四十六条予以更正、补充，并告知我更正结果。',
      en: 'If any personal information the decision relied on is inaccurate or incomplete, please correct or complete it under PIPL Article 46 and tell me the result.',
    },
    backing: [],
    sources: [SOURCE['pipl-46']],
  },
  'reply-bank': {
    text: {
      zh: '请贵司按照《银行业保险业消费投诉处理管理办法》对银行、保险机构的要求，自收到本函之日起15日内作出处理决定并书面告知我；情况复杂需要延长的（可延长至30日，特别复杂的经批准可再延长30日），请告知延长的理由和预计答复日期。',
      en: 'Please decide on this and tell me in writing within 15 days of receiving this letter, as the Measures for Handling Consumer Complaints in Banking and Insurance require of banks and insurers; if the matter is complex and needs longer (up to 30 days, or a further 30 days with approval), please tell me why and when to expect your reply.',
    },
    backing: [bank],
    sources: clock,
  },
  'reply-refer': {
    text: {
      zh: '请贵司参照《银行业保险业消费投诉处理管理办法》对银行、保险机构规定的时限，自收到本函之日起15日内书面答复我；如情况复杂需要延长，请告知延长的理由和预计答复日期。',
      en: 'Please reply to me in writing within 15 days of receiving this letter, taking as a reference the time limits the Measures for Handling Consumer Complaints in Banking and Insurance set for banks and insurers; if the matter is complex and you need longer, please tell me why and when to expect your reply.',
    },
    backing: [notBank],
    sources: clock,
  },

  // ---- to a regulator, about the lender ("该机构" / "the lender") -----------
  'regulator-intro': {
    text: {
      zh: '请求转办并督促该机构处理以下事项：',
      en: 'I ask that this complaint be passed on to the lender and followed up on these points:',
    },
    backing: [],
  },
  'regulator-explain': {
    text: {
      zh: '如该决定是通过自动化决策方式作出的，请该机构就该决定向我予以说明（《个人信息保护法》第二十四条第三款）。',
      en: 'If the decision was made by automated means, please have the lender explain it to me (PIPL Art. 24(3)).',
    },
    backing: [],
    sources: pipl24,
  },
  'regulator-review': {
    text: {
      zh: '请该机构安排人工复核，而不是仅通过自动化决策方式作出该决定（《个人信息保护法》第二十四条第三款）。',
      en: 'Please have the lender review the decision by a member of staff, not solely by automated means (PIPL Art. 24(3)).',
    },
    backing: [],
    sources: [SOURCE['pipl-24']],
  },
  'regulator-correct': {
    text: {
      zh: '如所依据的个人信息有误或不完整，请该机构予以更正（《个人信息保护法》第四十六条）。',
      en: 'If any personal information it relied on is inaccurate or incomplete, please have the lender correct it (PIPL Art. 46).',
    },
    backing: [],
    sources: [SOURCE['pipl-46']],
  },
  'regulator-reply-bank': {
    text: {
      zh: '请该机构按照《银行业保险业消费投诉处理管理办法》对银行、保险机构的要求，在规定期限内书面答复我。',
      en: 'Please have the lender reply to me in writing within the time limit the Measures for Handling Consumer Complaints in Banking and Insurance set for banks and insurers.',
    },
    backing: [bank],
    sources: clock,
  },
  'regulator-reply-refer': {
    text: {
      zh: '请该机构参照《银行业保险业消费投诉处理管理办法》对银行、保险机构规定的时限，书面答复我。',
      en: 'Please have the lender reply to me in writing, taking as a reference the time limits the Measures for Handling Consumer Complaints in Banking and Insurance set for banks and insurers.',
    },
    backing: [notBank],
    sources: clock,
  },

  // ---- the customer-service chat (short) -----------------------------------
  'chat-explain': {
    text: {
      zh: '如该决定由自动化决策作出，请依据《个人信息保护法》第二十四条第三款向我说明，并安排人工复核。',
      en: 'If the decision was automated, please explain it to me and have a person review it (PIPL Art. 24(3)).',
    },
    backing: [],
    sources: [SOURCE['pipl-24']],
  },
  'chat-correct': {
    text: { zh: '如所依据的信息有误，请予以更正。', en: 'If any information used is wrong, please correct it.' },
    backing: [],
    sources: [SOURCE['pipl-46']],
  },
  'chat-reply': {
    text: { zh: '请告知处理时限，并书面答复我。', en: 'Please tell me how long this will take, and reply in writing.' },
    backing: [],
  },

  // ---- the credit-report objection (征信业管理条例 Art. 25) -------------------
  'objection-mark': {
    text: { zh: '请对该信息作出存在异议的标注；', en: 'Please mark the entry as disputed;' },
    backing: [],
    sources: [SOURCE['credit-reg-25']],
  },
  'objection-check': {
    text: { zh: '请进行核查，确有错误、遗漏的，予以更正；', en: 'Please check it and, if it is wrong or incomplete, correct it;' },
    backing: [],
    sources: [SOURCE['credit-reg-25']],
  },
  'objection-reply': {
    text: {
      zh: '请自收到异议之日起20日内，将核查和处理结果书面答复我。',
      en: 'Please reply to me in writing with the result within 20 days of receiving this objection.',
    },
    backing: [],
    sources: [SOURCE['credit-reg-25']],
  },

  // ---- the personal-information request (PIPL) ------------------------------
  'pipl-24': {
    text: {
      zh: '根据第二十四条第三款：如该决定是通过自动化决策方式作出的，请就该决定向我予以说明，并安排工作人员人工复核，而不是仅通过自动化决策方式作出决定。',
      en: 'Article 24(3): if the decision was made by automated means, please explain it to me and have it reviewed by a member of staff, rather than made solely by automated means.',
    },
    backing: [],
    sources: pipl24,
  },
  'pipl-48': {
    text: {
      zh: '根据第四十八条：请就贵司处理我的个人信息的规则中与该决定相关的部分作出解释说明。',
      en: 'Article 48: please explain the parts of your rules for processing my personal information that relate to this decision.',
    },
    backing: [],
    sources: [SOURCE['pipl-48']],
  },
  'pipl-45': {
    text: {
      zh: '根据第四十五条：请告知贵司为作出该决定而处理的我的个人信息，并提供查阅、复制的途径或副本。',
      en: 'Article 45: please tell me what personal information of mine you processed for this decision, and give me a way to access it and a copy.',
    },
    backing: [],
    sources: [SOURCE['pipl-45']],
  },
  'pipl-46': {
    text: {
      zh: '根据第四十六条：如上述信息不准确或不完整，请予以更正、补充。',
      en: 'Article 46: if any of that information is inaccurate or incomplete, please correct or complete it.',
    },
    backing: [],
    sources: [SOURCE['pipl-46']],
  },
  'pipl-50': {
    text: {
      zh: '根据第五十条：如贵司拒绝上述任何请求，请说明理由。',
      en: 'Article 50: if you refuse any of these requests, please give me the reasons.',
    },
    backing: [],
    sources: [SOURCE['pipl-50']],
  },
  'pipl-reply': {
    // PIPL sets no day count (Arts. 45, 46 say "promptly"), so none is invented.
    text: { zh: '请及时以书面方式答复我。', en: 'Please reply to me promptly in writing.' },
    backing: [],
  },

  // ---- 黑猫投诉 ---------------------------------------------------------------
  'title-product': { text: { zh: '{{product}}：请求说明并人工复核', en: '{{product}}: please explain and review' }, backing: [] },
  title: { text: { zh: '请求说明并人工复核', en: 'Please explain and review' }, backing: [] },
  'heimao-reply': { text: { zh: '请通过本平台或书面方式答复。', en: 'Please reply through this platform or in writing.' }, backing: [] },
});

export type RequestId = keyof typeof REQUESTS;
