// Regulators' own notices, statements and programmes, cited by body and date
// as the media reported them (docs/sources.md#regulators, docs/sources.md#credit-report).
import { defineSources } from '../define';

export const REGULATORS = defineSources('regulator', {
  'crc-2023-05-12': {
    cite: {
      zh: '中国人民银行征信中心 2023年5月12日声明（金融时报转载）',
      en: 'PBOC Credit Reference Center statement of 12 May 2023 (reprinted by Financial News)',
    },
    level: 'confirmed',
    supports: {
      zh: '征信中心唯一官方网站为 www.pbccrc.org.cn（查询平台 ipcrs.pbccrc.org.cn 在这一域名下），官方微信公众号为 pbc-ccrc，唯一客服电话为 400-810-8866；征信中心不提供“逾期记录处理”或“征信修复”服务；一年内第三次起的柜台查询每次收费 10 元。',
      en: 'The CRC\'s only official website is www.pbccrc.org.cn (its query platform ipcrs.pbccrc.org.cn sits under that domain), its official WeChat account is pbc-ccrc and its only customer-service number is 400-810-8866; it offers no "overdue record handling" or "credit repair"; from the third counter query in a year each report costs 10 yuan.',
    },
  },
  'nfra-2024-05-14': {
    cite: {
      zh: '国家金融监督管理总局 2024年5月14日风险提示（警惕“代理维权”）',
      en: 'NFRA risk warning of 14 May 2024 on paid "complaint agents"',
    },
    level: 'confirmed',
    supports: {
      zh: '提醒消费者警惕“代理维权”“征信修复”等付费中介：它们教人编造理由、收集身份证和银行卡、收取高额费用。Reopen 因此只写你确认过的事实，并提醒你不要付费找中介。',
      en: 'Warns consumers against paid "complaint" and "credit repair" agents, who coach people to invent reasons, collect ID and bank cards and charge high fees. So Reopen writes only facts you confirmed and warns you off paid agents.',
    },
  },
  'pboc-ant-2021-04-12': {
    cite: {
      zh: '中国人民银行 2021年4月12日关于蚂蚁集团整改的发布（上海日报 2021年4月13日、路透社 2021年4月12日报道）',
      en: 'The PBOC on the Ant Group restructuring, 12 April 2021 (Shanghai Daily, 13 April 2021; Reuters, 12 April 2021)',
    },
    level: 'confirmed',
    supports: {
      zh: '蚂蚁集团整改：断开支付宝与花呗、借呗之间的不当连接，借呗、花呗并入其消费金融公司。',
      en: "Ant's rectification: the improper links between Alipay and Huabei/Jiebei were to be cut, and Jiebei and Huabei folded into its consumer finance company.",
    },
  },
  'pboc-repair-2025-12-22': {
    cite: {
      zh: '中国人民银行 2025年12月22日公布的一次性信用修复政策（人民日报 2025年12月23日报道）',
      en: "The PBOC's one-time credit-repair policy announced on 22 December 2025 (People's Daily, 23 December 2025)",
    },
    level: 'confirmed',
    supports: {
      zh: '2020年1月1日至2025年12月31日间产生、单笔不超过 1 万元的个人逾期记录，在 2026年3月31日前全额还清的，不再在信用报告中展示；无需申请、不收费、不需中介，由系统自动识别。',
      en: 'Personal overdue records from 1 January 2020 to 31 December 2025 of up to 10,000 yuan each, repaid in full by 31 March 2026, are no longer shown in the credit report; there is no application, no fee and no agent, the system finds them itself.',
    },
  },
  'regulators-2023-06-02': {
    cite: {
      zh: '国家金融监督管理总局、中国人民银行、中国证监会 2023年6月2日公告（广州日报报道）',
      en: 'Announcement of the NFRA, PBOC and CSRC of 2 June 2023 (Guangzhou Daily)',
    },
    level: 'confirmed',
    supports: {
      zh: '机构改革期间，12378 银行保险消费者投诉维权热线等热线暂时保持原有受理范围。',
      en: 'During the regulatory reform the 12378 banking and insurance consumer complaint hotline, among others, kept its existing scope for the time being.',
    },
  },
  'regulators-2024-1': {
    cite: {
      zh: '国家金融监督管理总局、中国人民银行、中国证监会 2024年第1号公告（人民网 2024年6月29日报道）',
      en: "Joint Announcement No. 1 of 2024 of the NFRA, PBOC and CSRC (People's Daily Online, 29 June 2024)",
    },
    level: 'confirmed',
    supports: {
      zh: '金融监管总局受理并转办对银行（含消费金融公司等非银行金融机构）和保险机构的投诉；人民银行受理对非银行支付机构和征信机构的投诉。',
      en: 'The NFRA takes and forwards complaints about banks (including consumer finance companies and other non-bank financial institutions) and insurers; the PBOC takes complaints about non-bank payment institutions and credit-reporting agencies.',
    },
  },
  'sme-financing-2024': {
    cite: {
      zh: '国家金融监督管理总局、国家发展改革委“支持小微企业融资协调工作机制”（2024年10月15日启动，人民日报 2024年10月16日报道）',
      en: "The NFRA and NDRC small-business financing coordination mechanism (launched 15 October 2024; People's Daily, 16 October 2024)",
    },
    level: 'confirmed',
    supports: {
      zh: '县级工作专班走访个体工商户、小微企业等经营主体，把合规经营、信用良好、有真实融资需求的推荐给银行。',
      en: 'County-level task forces visit sole traders, small firms and other businesses and refer to banks those that operate lawfully, have good credit and a real need for funds.',
    },
  },
});
