// Secondary sources: user-question datasets and third-party pages. Reported
// (🟡) at best, shown with softer words; ⚠️ ones only ever as a possibility
// (docs/sources.md#reliability, docs/sources.md#causes).
import { defineSources } from '../define';

export const SECONDARY = defineSources('secondary', {
  'afqmc-atec': {
    cite: {
      zh: '蚂蚁金服客服用户提问数据集 AFQMC / ATEC（2018–2019 年公开，CLUE 基准）',
      en: 'AFQMC / ATEC: real user questions to Ant Financial customer service (released 2018–2019, CLUE benchmark)',
    },
    url: 'https://huggingface.co/datasets/clue/viewer/afqmc',
    level: 'reported',
    supports: {
      zh: '用户自己的说法：“经综合评估暂未通过”“X个月以后再试”“花呗逾期冻结”“借呗安全风险”“网商贷代替借呗”、按时还款仍被关闭、花呗受限后借呗也用不了、怀疑身份证过期。这是用户的转述，不是页面原文。',
      en: 'How users put it themselves: "经综合评估暂未通过", "try again in X months", Huabei frozen for an overdue bill, Jiebei "security risk", 网商贷 instead of Jiebei, closed despite on-time repayment, Jiebei unusable once Huabei was limited, a suspected expired ID. These are user paraphrases, not page text.',
    },
  },
  'alipay-cs-tianqing123': {
    cite: {
      zh: '第三方网页转述的支付宝客服答复（tianqing123.cn）',
      en: 'An Alipay customer-service answer as quoted by a third-party page (tianqing123.cn)',
    },
    url: 'https://mip.tianqing123.cn/caijing/651952.html',
    level: 'reported',
    supports: {
      zh: '据该页面转述，借呗额度根据消费和还款情况综合评估、动态调整，不能人工提额；系统发现账户风险时会暂停借呗。页面还提到疑似套现和长期不用的例子。',
      en: 'As the page quotes it, the Jiebei line follows an overall assessment of spending and repayment, changes over time and cannot be raised by hand; the system suspends Jiebei when it sees account risk. The page also gives examples of suspected cash-out and of unused lines.',
    },
  },
  'alipay-service-guides': {
    cite: {
      zh: '第三方客服指南（xiaoyuxitong.com、sqedu.cn、m.xytest.com）',
      en: 'Third-party customer-service guides (xiaoyuxitong.com, sqedu.cn, m.xytest.com)',
    },
    level: 'reported',
    supports: {
      zh: '这些第三方指南称支付宝客服电话为 95188，并给出应用内“我的 → 客服中心”的路径；没有找到官方页面确认，请以应用内客服页面显示为准。',
      en: 'These third-party guides give 95188 as the Alipay customer-service number and the in-app path Me → Customer Service Center; no official page confirming it was found, so check it in the app.',
    },
  },
  'baitiao-lock-pages': {
    cite: { zh: '第三方文章（99719.com.cn、m.tianqiyubao2.com）', en: 'Third-party articles (99719.com.cn, m.tianqiyubao2.com)' },
    level: 'reported',
    supports: {
      zh: '“锁定白条”通常是用户本人在 设置 → 账户安全 中打开的开关，可以自行解除，不同于机构注销或风控冻结。',
      en: 'A locked 白条 is usually a switch the user turned on in Settings → Account security; it can be undone and is not a closure or a risk freeze.',
    },
  },
  'caijin51-30201': {
    cite: { zh: '第三方解读文章（51caijin.com）', en: 'A third-party explainer (51caijin.com)' },
    url: 'https://51caijin.com/post/30201.html',
    level: 'reported',
    supports: {
      zh: '列出的常见原因：逾期（包括同一平台其他产品的逾期）、芝麻分下降、身份证过期或实名信息未更新、频繁更换手机或设备、被识别为商户后借呗被网商贷代替；个体户失去周转资金。',
      en: 'Common causes it lists: overdue repayment (including on another product of the same platform), a falling Sesame score, an expired ID or outdated real-name data, frequent phone or device changes, Jiebei replaced by 网商贷 once you are seen as a merchant; sole traders losing working capital.',
    },
  },
  cardbaobao: {
    cite: { zh: '第三方文章（cardbaobao.com，京东金条、白条）', en: 'Third-party articles on JD 金条 and 白条 (cardbaobao.com)' },
    level: 'reported',
    supports: {
      zh: '提到疑似套现、刷单会导致额度被关闭，以及频繁提前还款、长期不用后额度被降低的个例。',
      en: 'Mentions suspected cash-out and fake purchases closing lines, and single cases of lines cut after frequent early repayment or long disuse.',
    },
  },
  // A law, but read only in a third-party English translation (docs/sources.md#line-cut-rules): a secondary
  // source until the Chinese text is checked, so reported, not confirmed.
  'credit-card-rules-2011': {
    cite: {
      zh: '《商业银行信用卡业务监督管理办法》（2011年）第五十条（据第三方英文译本）',
      en: 'Measures for the Supervision of Commercial Banks’ Credit Card Business (2011), Article 50 (from a third-party English translation)',
    },
    level: 'reported',
    supports: {
      zh: '据该译本，银行根据持卡人的信用状况、用卡情况和风险信息对信用卡额度进行动态管理，并应按约定方式及时通知持卡人。中文原文尚未核对。',
      en: 'According to the translation, banks manage card limits dynamically by the holder’s credit status, card use and risk information, and must tell the holder promptly in the agreed way. The Chinese text is still to be checked.',
    },
  },
  'fund-use-pages': {
    cite: { zh: '第三方摘要（ccv168.com、reg8.cn、jzcrz.cn）', en: 'Third-party summaries (ccv168.com, reg8.cn, jzcrz.cn)' },
    level: 'reported',
    supports: {
      zh: '消费贷款不得用于购房、炒股等投资；据这些摘要，违反时银行可以收回贷款或限制授信。我们没有读到规定原文。',
      en: 'Consumer loans may not fund home purchases, stocks or other investment; according to these summaries a bank may recall the loan or restrict credit after a breach. We did not read the rule text itself.',
    },
  },
  mazhua1: {
    cite: { zh: '第三方文章（mazhua1.com，微粒贷）', en: 'Third-party articles on Weilidai (mazhua1.com)' },
    level: 'reported',
    supports: {
      zh: '提到微粒贷“暂时无法提供服务”多出现在借款时被拒，以及身份证过期导致无法借款的情况。',
      en: 'Says Weilidai\'s "暂时无法提供服务" usually appears when a loan is declined at the time of borrowing, and that an expired ID can block borrowing.',
    },
  },
  'misjudgment-pages': {
    cite: { zh: '第三方网页（henanxw.com、cusdn.org.cn）', en: 'Third-party pages (henanxw.com, cusdn.org.cn)' },
    level: 'unverified',
    supports: {
      zh: '只有第三方网页称额度可能因系统维护或误判被关闭；没有找到任何贷款机构承认过，所以只能作为向对方提出的问题。',
      en: 'Only third-party pages say a line may be closed by maintenance or a misjudgment; no lender has admitted one, so it can only be a question to ask.',
    },
  },
  'multi-lending-pages': {
    cite: {
      zh: '第三方网页（huibangguanjia.com、52marketing.com、bsnsh.com）',
      en: 'Third-party pages (huibangguanjia.com, 52marketing.com, bsnsh.com)',
    },
    level: 'reported',
    supports: {
      zh: '这些页面把多头借贷、负债过高列为降额或关闭的常见原因。页面上的数字看起来不可靠，Reopen 不引用。',
      en: 'These pages list borrowing from many lenders and high debt among common reasons for a cut or closure. Their figures look unreliable and Reopen quotes none of them.',
    },
  },
  'receivables-platform': {
    cite: { zh: '第三方文章（zhongcaijing.cn，2025年）', en: 'A third-party article (zhongcaijing.cn, 2025)' },
    level: 'reported',
    supports: {
      zh: '中征应收账款融资服务平台由人民银行征信中心自 2013 年起运营，中小供应商可以凭应收账款（包括“政采贷”）融资。',
      en: 'The receivables financing platform run by the PBOC Credit Reference Center since 2013 lets small suppliers borrow against receivables, government-procurement ones included.',
    },
  },
  rrlicai: {
    cite: { zh: '第三方文章（rrlicai.com）', en: 'Third-party articles (rrlicai.com)' },
    level: 'reported',
    supports: {
      zh: '提到更换手机号、设备或异常登录可能触发“安全风险”风控，以及“当前无法使用”可能出于维护、风控或政策原因。',
      en: 'Says a new phone number, device or unusual login can trigger a "security risk" hold, and that "当前无法使用" may stem from maintenance, risk control or policy.',
    },
  },
  'seed-article': {
    cite: {
      zh: '网络文章《支付宝借呗无故被关闭怎么办：项目融资与企业贷款中的应对策略》',
      en: 'An online article, "支付宝借呗无故被关闭怎么办" (what to do when Jiebei is closed for no reason)',
    },
    level: 'unverified',
    supports: {
      zh: '只有这篇文章说短期内频繁大额提款可能导致账户被限制或关闭；没有找到其他来源。',
      en: 'Only this article says frequent large withdrawals in a short time might get an account limited or closed; no other source was found.',
    },
  },
  'tianqiyubao2-207597': {
    cite: { zh: '第三方文章（m.tianqiyubao2.com）', en: 'A third-party article (m.tianqiyubao2.com)' },
    url: 'https://m.tianqiyubao2.com/news/view-207597',
    level: 'reported',
    supports: {
      zh: '提到逾期（包括花呗、备用金等同一平台产品的逾期）和芝麻分下降会影响借呗额度。',
      en: 'Says overdue repayment (including on Huabei, 备用金 and other products of the same platform) and a falling Sesame score affect the Jiebei line.',
    },
  },
  'tousu-sina': {
    cite: {
      zh: '黑猫投诉 tousu.sina.com.cn 及第三方使用指南（m.17golang.com 2026年3月、php.sqjnqi.com 2025年12月）',
      en: 'Heimao Complaints at tousu.sina.com.cn and third-party guides to it (m.17golang.com, March 2026; php.sqjnqi.com, December 2025)',
    },
    url: 'https://tousu.sina.com.cn/',
    level: 'reported',
    supports: {
      zh: '黑猫投诉是新浪运营的商业投诉平台，不是监管部门：用户提交附有证据的投诉并获得编号，企业可能公开回复。',
      en: 'Heimao is a commercial complaint platform run by Sina, not a regulator: users post a complaint with evidence and get a tracking number, and the company may reply in public.',
    },
  },
  'webank-xincainet-2026': {
    cite: { zh: '第三方指南（xincainet.com，2026年1月21日）', en: 'A third-party guide (xincainet.com, 21 January 2026)' },
    level: 'reported',
    supports: {
      zh: '据该指南，微粒贷没有独立 App，通过微信和“微粒贷”公众号使用，在线客服在公众号内；客服电话为 95384。',
      en: 'According to this guide Weilidai has no app of its own and is used through WeChat and the "微粒贷" official account, where its online service is; its service number is 95384.',
    },
  },
});
