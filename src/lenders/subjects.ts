// Whose status a phrase states (README.md#on-the-page). A status counts only
// with a credit subject: the line, the card, the loan or a product by name
// (docs/sources.md#desktop-pages for the products; docs/sources.md#status-wording
// for the words users see). A non-credit subject next to the verb — an order,
// a subscription, a payment setting, a transfer, a coupon, a membership — takes
// the verb instead: "白条免密支付已关闭" says nothing about 白条's line.
//
// Sources are matched case-insensitively against normaliseReading() output.
import type { Product } from '../shared/products';

/** Words naming a product (the credit subject and its product at once), as regex sources. */
export const PRODUCT_WORDS: readonly (readonly [source: string, product: Product])[] = [
  // jb / hb: how users abbreviate them in posts and chats ("jb额度没了").
  ['蚂蚁借呗|借呗|jiebei|ant cash now|\\bjb\\b', 'jiebei'],
  // 信用购 and 先享后付: what Alipay's pages call 花呗's buy-now-pay-later now.
  ['蚂蚁花呗|花呗|信用购|先享后付|huabei|ant credit pay|\\bhb\\b', 'huabei'],
  ['信用贷|xinyongdai|credit loans?', 'xinyongdai'],
  ['网商贷|mybank|wangshangdai', 'wangshangdai'],
  // 微粒: how its users shorten it ("我的微粒今天打开就是额度暂停使用").
  ['微粒贷|微粒|weilidai', 'weilidai'],
  ['京东白条|白条|baitiao|jd iou', 'jd-baitiao'],
  ['京东金条|金条|jintiao', 'jd-jintiao'],
  ['美团(?:借钱|月付|生活费)?|meituan', 'meituan'],
  ['度小满|有钱花|满易贷|du xiaoman|duxiaoman|youqianhua', 'duxiaoman'],
  ['360借条|奇富借条|360 ?iou|360 jietiao|qifu', 'jietiao360'],
  // "My cards", "Card locked by you", "Your Citi card": an English card screen names its card so.
  [
    '信用卡|贷记卡|卡片|credit cards?|cards? ending|(?:your|the|this|my) (?:(?:citi|hsbc|amex|chase|visa|mastercard|unionpay|platinum|gold) )?cards?\\b|card(?= (?:locked|frozen|blocked|suspended|closed|cancell?ed)\\b)',
    'bank-card',
  ],
  // Other lenders' credit products, named as their apps name them.
  [
    'douyin pay later|douyin monthly pay|fenfu|wechat pay later|先用后付|分期乐|安逸花|好期贷|招联金融|拿去花|任性付|任性贷|抖音月付|放心借|分付|省呗|还呗|洋钱罐|信用飞|小赢卡贷|众安贷|唯品花|乐花卡|拍拍贷|宜人贷|你我贷|平安普惠|随星借|宜享花|花鸭借钱|中邮钱包|滴水贷|好分期|国美易卡|马上消费|捷信|招联|微博借钱|滴滴金融|小米金融|携程金融|苏宁金融|中银消费|兴业消费|中原消费|小花钱包|融e借|小米贷款',
    'other',
  ],
  // Their names in the apps' English.
  ['fenqile|anyihua|haoqidai|naqu ?hua|xinyidai|zhaolian|ctrip pay later|home credit', 'other'],
];

/**
 * A lender's product named by its shape: a name ending in 贷 at a line's start or after 您的/】/: and before
 * 额度, 账户, 准入… (网捷贷, 建行快贷, 中银E贷), not a known one. A subject only (src/lenders/attribution.ts): its
 * look-behind would cost every other expression its quick scan for a first character.
 */
export const SHAPED_PRODUCT =
  '(?<=^|\\n|您的|你的|】|:)(?!网商|微粒|信用|好期)[\\u4e00-\\u9fffa-z]{1,3}贷(?=额度|账户|准入|申请|服务|\\n|$|:|,|已|暂)';

/**
 * Lenders that name a product without being a subject: an SMS from 【招商银行】 is about
 * a card or a bank line, one from 【微众银行】 about 微粒贷. They only attribute a
 * product; "【工商银行】您的账户已冻结" still has no credit subject.
 */
export const LENDER_WORDS: readonly (readonly [source: string, product: Product])[] = [
  ['微众银行|webank', 'weilidai'],
  ['网商银行', 'wangshangdai'],
  ['360数科|奇富科技', 'jietiao360'],
  [
    '【(?!微众|网商)[^】\\n]{1,8}银行】|(?:招商|工商|建设|农业|中国|交通|浦发|中信|光大|民生|兴业|平安|广发|华夏|邮储|邮政储蓄)银行|招行|工行|建行|农行|中行|交行',
    'bank-card',
  ],
  // China Merchants Bank, named without its "Bank" ("my China Merchants credit card"): no merchant.
  ['china merchants(?: bank)?|\\b[a-z]+ bank\\b|bank of [a-z]+', 'bank-card'],
  // Another consumer-finance company (蚂蚁消费金融 grants 借呗 and 花呗, which the text names).
  ['(?<!蚂蚁)[\\u4e00-\\u9fff]{2}消费金融', 'other'],
];

/**
 * Credit subjects whose product is a guess, used only when nothing else around names
 * one: in English a "credit limit" is a card's; 月付 alone is 美团月付, unless a heading
 * says 抖音月付.
 */
export const HINT_WORDS: readonly (readonly [source: string, product: Product])[] = [
  ['(?:(?:your|the|my|new|previous) )?credit limits?|card status', 'bank-card'],
  ['月付', 'meituan'],
];

/** Credit subjects that name no product: the line, the limit, a loan. */
export const CREDIT_WORDS = [
  // 逾期 (overdue) is said only of a debt: "逾期冻结".
  '额度|授信|信用额度|贷款|借款|借钱|备用金|用信|支用|逾期',
  'credit\\s?(?:line|limit|account|facility|facilities)s?|(?:line|loan) status|line of credit|available credit|(?:your|the|my|new|previous|available)\\s(?:credit\\s)?(?:limit|line)s?|limits?\\b|borrowing|loans?\\b|overdue|past due',
];

/** Subjects an application outcome may have (declined, cooling_off): the application or the assessment. */
export const APPLICATION_WORDS = [
  '申请|评估|审核|审批|开通|评分|提额',
  'appl(?:y|ied|ication)s?|reapply|requests?\\b|assessment|approv\\w{0,5}|eligib\\w{0,6}',
];

/** An account-security hold is the account's own state (security_risk only). */
export const ACCOUNT_WORDS = ['账户|账号|身份|account'];

// Non-credit subjects: things on lender apps that are closed, frozen, paused or
// locked without the line being touched (orders, subscriptions, payment
// settings, transfers, coupons, memberships, notifications, deposits, offers and rewards: 花呗免息已关闭; the
// app's other services: a hotline, a version, a referral programme, a request).
// 余额(?!度): 剩余额度 is a line, 余额 a balance.
// 权限 but not 使用权限: "已暂停您的额度使用权限" pauses the line's use.
// 交易关闭 / 交易已取消 / 交易已冻结 (金额100.00元): a trade (an order) closes or is held (not a risky one, whose hold is the card's); 风险交易已被止付 is the card's, so only a closure or a result follows it.
export const OTHER_SUBJECTS = [
  // Longer words first: an alternation takes the first that matches (收款方 before 收款).
  '收款方|付款方|对方|' +
    // An automatic feature is a setting (自动续借, 自动转入), not an act said with 自动 (已自动关闭).
    '自动(?!关闭|冻结|解冻|恢复|失效|注销|停用|取消|终止|降|调|评估|审核)[\\u4e00-\\u9fff]{2}|付款方式|支付方式|订单|本单|退款|会员|vip|权益|工单|投诉单|会话|对话|咨询|亲密付|亲情付|代付|定投|保险|相互宝|医保|充值|话费|缴费|集分宝|零钱通|授权|签约|解约|扣费|支付密码|指纹|刷脸支付|自动续费|续费|连续包月|包月|订阅|免密(?:支付)?|快捷支付|支付设置|自动还款|自动扣款|提前还款|还款计划|还款日|账单日|出账日|还款方式|代扣|预约还款|提醒|通知|推送|短信|消息|转账|转出|提现|汇款|收钱|收款|' +
    '余额(?!度)|余额宝|零钱|小金库|借记卡|储蓄卡|优惠券|免息券|券|红包|积分|押金|配送|快递|物流|发货|商家|营业|接单|设备|亲情卡|年费|利率|费率|服务费|手续费|利息|原卡|旧卡|活动|' +
    '临时额度|分期订单|账单分期|分期申请|分期|存款|店铺|闪付|权限(?<!使用权限)|登录|申购|赎回|理财|投资|市场|记录|明细|列表|基金|份额|芝麻分|限额|境外(?:交易|消费)|消费功能|交易功能|付款(?!后)|账单|合同|退货|售后|换货|投诉|发票|开票|报销|入驻|报名|通道|冻结金额|冻结明细|资金|注销申请|借据|选项|开关|(?:争议|该笔|这笔|此笔|本笔|每笔|单笔)交易|交易(?=关闭|已关闭|取消|已取消|成功|失败)|(?<!风险|异常|可疑)交易(?=已冻结|已被冻结)|扣款|行程|群聊|群组|群|发言|立减金|津贴|礼金|返现|保障|保费|保单|优惠|免息|福利|特权|折扣|奖励|热线|版本|' +
    // The app's own things: a hotline, a rider's account.
    '客服电话|骑手|' +
    // One channel of a card's use switched off or locked (取现功能, 境外支付功能): that feature's state, not the card's;
    // its own limit (预借现金额度已关闭) is a line.
    '(?:取现|预借现金|网上支付|网络支付|线上支付|无卡支付|境外支付|海外支付|磁条)功能|' +
    // Paying with a product (花呗支付, 白条支付) is a payment method: 已关闭3个应用的花呗支付 closes it for those apps.
    '支付(?!宝)',
  // Whole words: "WeChat" holds no chat.
  '\\b(?:orders?\\b|bookings?\\b|reservations?\\b|bills?\\b|contracts?\\b|(?:re)?payments?\\b|returns?\\b|complaints?\\b|invoices?\\b|statements?\\b|auto-?pay|auto-?repay\\w{0,4}|auto-?debits?|temporary (?:credit )?limits?|contactless|functions?\\b|features?\\b|tickets?\\b|chats?\\b|sessions?\\b|conversations?\\b|refunds?|subscriptions?|memberships?|auto-?renew\\w{0,3}|password-free|payments? settings?|transfers?\\b|funds\\b|coupons?|vouchers?|deliver\\w{0,3}|reminders?|notifications?|alerts?\\b|instal{1,2}ments?(?: plans?)?|savings\\b|deposits?\\b|stores?\\b|shops?\\b|merchants?\\b|deactivation|applications\\b|debit cards?|balance\\b|points\\b|interest rates?|fees?\\b|(?:old|previous|lost|replacement) card|groups?\\b|policy\\b|policies\\b|discounts?\\b|promotions?\\b|promos?\\b|perks?\\b|rewards?\\b|cashback|referrals?\\b|programs?\\b|programmes?\\b|rider\\b|(?:rider|driver|courier|merchant) accounts?\\b|(?:overseas|online|international|foreign|cross-border|magnetic[- ]stripe|contactless|atm|e-commerce|in-store|domestic) (?:transactions?|purchases?|spending|payments?|use|withdrawals?)\\b|cash advances?\\b|hotlines?\\b|(?:[a-z]{1,12} )?requests?\\b(?! for))',
];

/** A reply's label ("商家回复：", "客服答复："): it introduces the lender's words, whose subject is the user's line. */
export const REPLY_LABELS = ['(?:回复|答复):'];

/** A notice's title word: before a colon, or ending a title after a credit word ("额度调整通知"), it names the notice. */
export const NOTICE_WORDS = ['通知|提醒|公告'];
