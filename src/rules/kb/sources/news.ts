// News reports, cited by outlet and date; an address is given where the
// report (or the reprint we read) has a stable one (docs/sources.md#ant-2021,
// docs/sources.md#regulators, docs/sources.md#small-business-financing).
import { defineSources } from '../define';

export const NEWS = defineSources('news', {
  'bbt-2021-11': {
    cite: { zh: '北京商报 2021年11月报道（借呗品牌隔离）', en: 'Beijing Business Today, November 2021 (Jiebei brand isolation)' },
    url: 'https://m.shangol.cn/shehui/2021/1109/6310.html',
    level: 'confirmed',
    supports: {
      zh: '由蚂蚁消费金融发放的贷款保留“借呗”品牌；银行独立发放的贷款改在单独的“信用贷”页面展示，并写明放款机构。',
      en: 'Loans from Ant Consumer Finance keep the Jiebei brand; loans funded independently by banks appear on a separate 信用贷 page that names the lender.',
    },
  },
  'inclusive-loans-2025-02': {
    cite: {
      zh: '2025年2月末普惠小微贷款数据的网络转载（转载来源存疑）',
      en: 'An online reprint of inclusive small-business loan figures for end-February 2025 (doubtful mirror)',
    },
    level: 'reported',
    supports: {
      zh: '据报道，2025年2月末普惠小微贷款余额约 33.9 万亿元，同比增长 12.6%。',
      en: 'Reportedly, inclusive small-business loans stood at about 33.9 trillion yuan at end-February 2025, up 12.6% year on year.',
    },
  },
  'netease-2025-12-22': {
    cite: { zh: '网易 2025年12月22日报道', en: 'NetEase report of 22 December 2025' },
    level: 'reported',
    supports: {
      zh: '据报道，2026年1月1日至6月30日，每人在每年 2 次之外还可以额外免费查询 2 次信用报告。',
      en: 'Reportedly, between 1 January and 30 June 2026 everyone may get two extra free credit reports on top of the usual two a year.',
    },
  },
  'pccm-2020-08': {
    cite: { zh: 'PCCM（中国支付清算与信用资讯）2020年8月报道', en: 'PCCM (payments and credit news), August 2020' },
    url: 'https://en.pccm-credit.com/?p=111',
    level: 'reported',
    supports: {
      zh: '据报道，花呗用户自 2020 年起在接受升级协议和征信授权后逐步接入人民银行征信系统。',
      en: 'Reportedly, Huabei users began to be connected to the central-bank credit reporting system in 2020, after accepting an upgraded agreement and a credit-reporting authorisation.',
    },
  },
  'startup-loans-local': {
    cite: {
      zh: '济南时报、新华社重庆频道、深圳特区报关于创业担保贷款的报道（转载）',
      en: 'Reports on guaranteed start-up loans in Jinan Times, Xinhua Chongqing and Shenzhen Special Zone Daily (reprints)',
    },
    level: 'reported',
    supports: {
      zh: '据各地规定，个人创业担保贷款额度多为 30 万元左右，并有贴息；额度和条件因地而异。',
      en: 'Under local rules, guaranteed start-up loans for individuals are mostly up to about 300,000 yuan with an interest subsidy; amounts and terms vary by place.',
    },
  },
  'tax-credit-2023-07': {
    cite: { zh: '《中国税务》2023年7月（银税互动）', en: 'China Taxation, July 2023 (tax-based lending)' },
    level: 'confirmed',
    supports: {
      zh: '税务部门自 2015 年起向银行推送纳税信用等级（已扩至 A、B、M 级），银行据此向纳税信用良好的经营者发放多为线上、免抵押的税贷。',
      en: 'Since 2015 tax authorities have shared tax-credit grades (now A, B and M) with banks, which lend to taxpayers in good standing, mostly online and unsecured.',
    },
  },
  'xinhua-2024-05-11': {
    cite: {
      zh: '新华社 2024年5月11日报道（金融消费者保护服务平台试运行）',
      en: 'Xinhua, 11 May 2024 (the financial consumer protection platform goes into trial operation)',
    },
    level: 'confirmed',
    supports: {
      zh: '金融监管总局指导下的“金融消费者保护服务平台”微信小程序试运行：实名注册后可以“我要投诉”或“我要调解”，银行、保险机构和调解组织在平台受理，可以查看进度，不收费。',
      en: 'The "金融消费者保护服务平台" WeChat mini program, run under NFRA guidance, went into trial operation: after real-name registration you can file a complaint or ask for mediation, banks, insurers and mediators take cases there, you can follow progress, and it is free.',
    },
  },
});
