// Laws, regulations and departmental rules Reopen relies on, cited by article
// as a reader would look them up (docs/sources.md#legal-hooks). Text read from
// the published laws; the official address is given where we could confirm it,
// and every text can also be searched in the national database flk.npc.gov.cn.
import { defineSources } from '../define';

const NPC_PIPL = 'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml';
const NPC_CIVIL_CODE = 'http://www.npc.gov.cn/npc/c30834/202006/75ba6483b8344591abd07917e1d25cc8.shtml';

export const LAWS = defineSources('law', {
  // The 15/30/60-day content is confirmed; the article number and the reach
  // beyond banks and insurers are not (docs/sources.md#complaint-time-limits).
  'cbirc-complaints-2020': {
    cite: {
      zh: '《银行业保险业消费投诉处理管理办法》（原中国银保监会令2020年第3号）',
      en: 'Measures for Handling Consumer Complaints in Banking and Insurance (CBIRC Order No. 3 of 2020)',
    },
    url: 'http://www.gov.cn/gongbao/content/2020/content_5512564.htm',
    level: 'confirmed',
    supports: {
      zh: '银行、保险机构收到投诉后，应在 15 日内作出处理决定并告知投诉人；情况复杂的可延长至 30 日，特别复杂的经批准可再延长 30 日。这是对银行、保险机构的要求；消费金融公司是直接适用还是参照执行尚未核实，规定所在的条款号也未核实。',
      en: 'Banks and insurers must decide on a complaint within 15 days of receiving it and tell the complainant; complex cases may run to 30 days, especially complex ones a further 30 days with approval. This is what the rules require of banks and insurers; whether consumer finance companies fall under them directly or follow them by analogy is not confirmed, nor is the article number.',
    },
  },
  'civil-code-1029': {
    cite: { zh: '《民法典》第一千零二十九条', en: 'Civil Code, Article 1029' },
    url: NPC_CIVIL_CODE,
    level: 'confirmed',
    supports: {
      zh: '你可以依法查询自己的信用评价；发现评价不当的，可以提出异议并请求更正、删除等必要措施，评价人应当及时核查。',
      en: 'You may look up your own credit evaluation; if it is wrong you may object and ask for correction, deletion or other steps, and the evaluator must check it promptly.',
    },
  },
  'credit-reg-15': {
    cite: { zh: '《征信业管理条例》第十五条', en: 'Regulation on the Credit Reporting Industry, Article 15' },
    level: 'confirmed',
    supports: {
      zh: '机构向征信机构报送你的不良信息前，应当事先告知你本人（依法应当公开的不良信息除外）。',
      en: 'An institution must tell you before it reports negative information about you to a credit-reporting agency (except information the law requires to be public).',
    },
  },
  'credit-reg-16': {
    cite: { zh: '《征信业管理条例》第十六条', en: 'Regulation on the Credit Reporting Industry, Article 16' },
    level: 'confirmed',
    supports: {
      zh: '不良信息自不良行为或者事件终止之日起保存 5 年，期满删除；在此期间，你可以对不良信息作出说明，征信机构应当予以记载。',
      en: 'Negative information is kept for 5 years from the day the conduct or event ends, then deleted; within that time you may add a statement to it, which the agency must record.',
    },
  },
  'credit-reg-17': {
    cite: { zh: '《征信业管理条例》第十七条', en: 'Regulation on the Credit Reporting Industry, Article 17' },
    level: 'confirmed',
    supports: {
      zh: '你可以向征信机构查询本人信息，每年有两次免费获取本人信用报告的权利。',
      en: 'You may ask a credit-reporting agency for your own data, and you have two free credit reports a year.',
    },
  },
  'credit-reg-25': {
    cite: { zh: '《征信业管理条例》第二十五条', en: 'Regulation on the Credit Reporting Industry, Article 25' },
    level: 'confirmed',
    supports: {
      zh: '认为征信信息有错误或遗漏的，可以向征信机构或报送信息的机构提出异议；对方应标注异议，自收到异议之日起 20 日内核查处理并书面答复，确有错误的应当更正。',
      en: 'If you think credit-report data is wrong or missing, you may object to the credit-reporting agency or the institution that reported it; they must mark the entry as disputed, check it and reply in writing within 20 days of receiving the objection, and correct it if it is wrong.',
    },
  },
  'credit-reg-26': {
    cite: { zh: '《征信业管理条例》第二十六条', en: 'Regulation on the Credit Reporting Industry, Article 26' },
    level: 'confirmed',
    supports: {
      zh: '认为征信机构或报送、使用信息的机构侵害了你的权益，可以向当地人民银行分支机构投诉，对方应自受理之日起 30 日内书面答复；也可以直接向法院起诉。',
      en: 'If a credit-reporting agency, or an institution that reports or uses your data, harmed your rights, you may complain to the local PBOC branch, which must reply in writing within 30 days of accepting the complaint; you may also go straight to court.',
    },
  },
  'guarantee-2025': {
    cite: {
      zh: '《政府性融资担保发展管理办法》（财金〔2025〕11号，2025年3月1日起施行）',
      en: 'Measures on Government Financing Guarantees (Caijin [2025] No. 11, in force 1 March 2025)',
    },
    level: 'confirmed',
    supports: {
      zh: '政府性融资担保以小微企业和“三农”为重点，单户担保金额一般不超过 1000 万元。',
      en: 'Government financing guarantees focus on small businesses and agriculture, with single guarantees generally up to 10 million yuan.',
    },
  },
  'pipl-24': {
    cite: { zh: '《个人信息保护法》第二十四条第三款', en: 'Personal Information Protection Law (PIPL), Article 24(3)' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '以自动化决策方式作出对个人权益有重大影响的决定时，个人有权要求处理者予以说明，并有权拒绝仅通过自动化决策作出决定。这是要求说明的权利；关闭额度是否属于“重大影响”尚无定论，所以 Reopen 只把它写成请求。',
      en: 'When a decision with a significant effect on a person is made by automated means, the person may ask the handler for an explanation and may refuse a decision made solely by automated means. It is a right to an explanation; whether closing a credit line has a significant effect is unsettled, so Reopen words it only as a request.',
    },
  },
  'pipl-45': {
    cite: { zh: '《个人信息保护法》第四十五条', en: 'Personal Information Protection Law (PIPL), Article 45' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '你有权查阅、复制本人的个人信息，处理者应当及时提供。',
      en: 'You may read and copy your personal information, and the handler must provide it promptly.',
    },
  },
  'pipl-46': {
    cite: { zh: '《个人信息保护法》第四十六条', en: 'Personal Information Protection Law (PIPL), Article 46' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '个人信息不准确或不完整的，你有权请求更正、补充，处理者应当核实并及时处理。',
      en: 'You may ask for inaccurate or incomplete personal information to be corrected or completed; the handler must verify it and act promptly.',
    },
  },
  'pipl-48': {
    cite: { zh: '《个人信息保护法》第四十八条', en: 'Personal Information Protection Law (PIPL), Article 48' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '你有权要求处理者对其个人信息处理规则进行解释说明。',
      en: 'You may ask the handler to explain its rules for processing personal information.',
    },
  },
  'pipl-50': {
    cite: { zh: '《个人信息保护法》第五十条', en: 'Personal Information Protection Law (PIPL), Article 50' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '处理者应当建立便捷的申请受理和处理机制；拒绝个人行使权利的请求的，应当说明理由。请求被拒绝的，可以向法院起诉。',
      en: 'The handler must offer an easy way to make and handle requests, and must give its reasons when it refuses one. A refused request may be taken to court.',
    },
  },
  'pipl-73': {
    cite: { zh: '《个人信息保护法》第七十三条第（二）项', en: 'Personal Information Protection Law (PIPL), Article 73(2)' },
    url: NPC_PIPL,
    level: 'confirmed',
    supports: {
      zh: '法律所称自动化决策，包括通过计算机程序自动分析、评估个人的经济、信用状况等并进行决策的活动。',
      en: "The law's automated decision-making includes computer programs that analyse and assess a person's economic or credit situation and decide on it.",
    },
  },
});
