// The status phrase dictionary, from docs/sources.md#status-wording (glossary)
// and docs/sources.md#user-complaints (AFQMC/ATEC user wording), plus English equivalents. Every Chinese
// phrase is a user-reported wording (🟡) or unverified (⚠️): detection treats
// them as signals to explain, never as a verdict on the user.
//
// Format: JS regex source, matched case-insensitively against normalizeText()
// output (NFKC, simplified characters, no spaces next to CJK). detect.ts lets a
// line break sit between any two CJK characters (a phrase split over elements).
// No CJK inside [...] classes: that insertion would corrupt them.
// Strong phrases name the line (额度已关闭); weak ones are bare verbs (已关闭)
// that lose to a strong phrase of another status (detect.ts, step 3).
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';

// The products a phrase can be about (docs/sources.md#desktop-pages).
const LINE = '借呗|花呗|白条|金条|微粒贷|信用贷|网商贷|备用金';
const BY = '(?:已经|已被|已|被)';

export interface PhraseSet {
  status: Status;
  strong: readonly string[];
  weak?: readonly string[];
}

export const PHRASES: readonly PhraseSet[] = [
  {
    // 额度已关闭 / (借呗)已关闭 / "被关了" / "封了"; 暂无额度 (docs/sources.md#status-wording)
    status: 'closed',
    strong: [
      `额度${BY}?(?:关闭|取消|收回|清零)`,
      `(?:${LINE})${BY}(?:关闭|注销|停用|关停|关了|封了|取消)`,
      `暂无(?:${LINE})?(?:可用)?额度`,
      `credit (?:line|limit)s? (?:has been |have been |was |is )?(?:closed|cancell?ed|withdrawn|revoked)`,
      `no (?:available )?credit (?:line|limit)`,
      `(?:jiebei|huabei|baitiao|jintiao|weilidai) (?:has been |was |is )?closed`,
    ],
    weak: ['已关闭|已注销|已停用|被关了|被封了'],
  },
  {
    // 已冻结 / 逾期冻结 (docs/sources.md#status-wording, AFQMC "花呗逾期冻结")
    status: 'frozen',
    strong: [
      `(?:${LINE}|额度|账户|账号)${BY}?冻结`,
      '逾期冻结|冻结(?:中|状态)',
      '(?:account|credit line|line|limit|huabei|jiebei|baitiao) (?:has been |was |is )?frozen',
    ],
    weak: ['已冻结|被冻结', '\\bfrozen\\b'],
  },
  {
    // 已暂停使用 / 暂停服务 (docs/sources.md#status-wording, ⚠️ exact string unverified)
    status: 'suspended',
    strong: [
      '暂停(?:使用|服务|借款|支用|交易)',
      `(?:${LINE}|额度|服务)${BY}?暂停`,
      '(?:service|account|credit line|line|huabei|jiebei|baitiao) (?:has been |was |is )?(?:temporarily )?suspended',
    ],
    weak: ['已暂停|停止服务', '\\bsuspended\\b'],
  },
  {
    // 经综合评估暂未通过 / 综合评估未通过 / 信用评估未通过 / 综合评分不足 (docs/sources.md#lender-answers, docs/sources.md#status-wording)
    status: 'declined',
    strong: [
      '综合评估(?:后)?(?:暂时|暂)?(?:未能通过|未通过|不通过|无法使用)',
      '信用评估(?:暂)?未通过|综合评分不足',
      '(?:审核|审批|申请|评估)(?:暂)?未(?:能)?通过',
      '(?:暂)?不符合(?:开通|申请|借款)?条件',
      '(?:application|request) (?:was |has been |is )?(?:declined|rejected|not approved|unsuccessful)',
      'did not pass (?:the |our )?(?:overall |comprehensive |credit )?(?:assessment|evaluation|review)',
      '(?:insufficient|low) (?:credit |overall )?score',
    ],
    weak: ['未通过', '\\bdeclined\\b'],
  },
  {
    // 账户存在风险 / 安全风险 (docs/sources.md#status-wording, AFQMC "借呗安全风险")
    status: 'security_risk',
    strong: [
      '(?:账户|账号)(?:存在|有)(?:安全)?风险|安全风险|风险账户|风控拦截|触发风控',
      'security risk|account (?:is )?at risk|(?:unusual|suspicious) (?:activity|login)',
    ],
    weak: ['存在风险|(?:账户|账号)异常'],
  },
  {
    // 当前无法使用 / 暂时无法提供服务 (微粒贷) (docs/sources.md#user-complaints item 8, docs/sources.md#status-wording)
    status: 'unavailable',
    strong: [
      '当前无法使用|暂时无法(?:提供服务|使用)|暂不可用|暂不支持(?:借款|使用)',
      '(?:currently|temporarily) unavailable|unable to provide (?:this |the )?service|cannot be used (?:at the moment|currently|now)',
    ],
    weak: ['无法使用|无法借款'],
  },
  {
    // 信用贷: bank-funded loans shown apart from 借呗 since 2021-11; the page
    // names the lender (docs/sources.md#status-wording, ✅ 北京商报 2021-11). A page signal, not a fault.
    status: 'brand_split',
    strong: [
      '信用贷[^。\\n]{0,40}?(?:银行|资金方|出资方|放款机构|贷款机构|合作机构)',
      '(?:银行|资金方|出资方|放款机构)[^。\\n]{0,40}?信用贷',
      'credit loans?[^.\\n]{0,40}?(?:provided|funded|issued) by',
    ],
  },
  {
    // 网商贷 offered instead of 借呗: served as a merchant (docs/sources.md#status-wording, docs/sources.md#causes)
    status: 'merchant_switch',
    strong: [
      '借呗[^。\\n]{0,12}?(?:变成|换成|转为|转成|升级为|升级成|切换为|切换成|切换至|切换到|变为|替换为|替换成)(?:了)?网商贷',
      '网商贷[^。\\n]{0,8}?(?:代替|替代|取代|替换)(?:了)?(?:原)?借呗',
      '借呗(?:入口)?(?:显示|展示)(?:为|成)?网商贷',
      '(?:mybank|wangshangdai)[^.\\n]{0,40}?instead of (?:jiebei|ant credit pay)',
      '(?:jiebei|ant credit pay)[^.\\n]{0,20}?(?:replaced by|switched to|turned into|became) (?:mybank|wangshangdai)',
    ],
  },
  {
    // 锁定白条 / 白条已锁定: a lock the user set (设置 → 账户安全), reversible (docs/sources.md#status-wording)
    status: 'user_locked',
    strong: [`白条${BY}?锁定|锁定(?:了)?(?:京东)?白条`, 'baitiao (?:is |has been )?locked|locked (?:your )?baitiao'],
  },
  {
    // 额度调降 / 额度降低 (docs/sources.md#status-wording; docs/sources.md#user-complaints item 2 "突然降到了"). Amounts: detect.ts.
    status: 'reduced',
    strong: [
      `额度${BY}?(?:调降|降低|下调|减少|调低|降了)`,
      `(?:${LINE})(?:额度)?${BY}?(?:降额|调降|下调)|降额`,
      '(?:credit )?(?:line|limit) (?:has been |was |is )?(?:reduced|lowered|decreased|cut)',
    ],
  },
  {
    // An explicit "normal" state. Positive available amounts: detect.ts.
    status: 'normal',
    strong: ['(?:额度|账户)状态:?正常'],
  },
];

// Words that name a product, for attributing a signal (docs/sources.md#desktop-pages).
export const PRODUCT_WORDS: Readonly<Record<string, Product>> = {
  借呗: 'jiebei',
  jiebei: 'jiebei',
  花呗: 'huabei',
  huabei: 'huabei',
  白条: 'jd-baitiao',
  baitiao: 'jd-baitiao',
  金条: 'jd-jintiao',
  jintiao: 'jd-jintiao',
  微粒贷: 'weilidai',
  weilidai: 'weilidai',
  信用贷: 'xinyongdai',
  网商贷: 'wangshangdai',
  mybank: 'wangshangdai',
  美团: 'meituan',
  有钱花: 'duxiaoman',
  度小满: 'duxiaoman',
  '360借条': 'jietiao360',
  信用卡: 'bank-card',
};

// Help pages, FAQs and complaint threads use the same phrases in questions,
// conditionals and advice ("如何避免额度被关闭", "额度关闭怎么办"). A match whose
// clause carries one of these is not a status.
export const QUESTION_MARKERS =
  '怎么|怎样|如何|为什么|为何|为啥|咋|什么|哪些|是否|能否|会不会|能不能|可不可以|吗|呢|嘛|避免|防止|预防|防范|谨防|警惕|注意|小心|当心|提防|攻略|教程|技巧|办法|方法|如果|假如|若|一旦|会被|将被|将会|可能|例如|比如|\\b(?:how|why|what|whether|avoid|prevent|if|when|might|may|could|would|should)\\b';

// Directly before a match: "未/没有/不会被冻结", "解除锁定白条".
export const NEGATIONS = '不|未|没|非|别|无需|解除|取消';

// Directly after a match: "额度被关闭后…", "额度关闭的原因".
export const TRAILERS = '时|的时候|之后|以后|后(?!续|台)|(?:的)?(?:原因|用户|情况|问题)';
