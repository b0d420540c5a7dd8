// The status phrase dictionary: the verb side of a status clause (README.md#on-the-page).
// From docs/sources.md#status-wording (glossary; the AFQMC/ATEC user wording),
// docs/sources.md#lender-answers (rejection wording) and the English of the
// apps' and banks' own UI. Every Chinese phrase is a user-reported wording (🟡)
// or unverified (⚠️): detection treats them as signals to explain, never as a
// verdict on the user.
//
// A phrase alone is not a status: detect.ts also needs a subject for it
// (./subjects.ts) in the same clause, the sentence or the block's heading.
// `needs` says which subjects serve:
//   credit      — a product, the line, the card, a loan (the default);
//   application — also an application or assessment (declined, cooling_off);
//   account     — also the account itself (an account-security hold);
//   none        — the phrase names its subject itself (综合评估未通过, 暂无额度).
//
// Format: JS regex sources, matched case-insensitively against normaliseReading()
// output (simplified characters, no spaces next to CJK, "\n" between blocks);
// detect.ts lets a line break sit between any two CJK characters (a phrase
// broken over lines). No CJK inside [...] classes: that insertion would corrupt
// them. Every quantifier is bounded (`{0,12}?`) or over one character.
import type { Status } from '../shared/status';

export type Needs = 'credit' | 'application' | 'account' | 'none';

export interface PhraseSet {
  status: Status;
  needs: Needs;
  sources: readonly string[];
  /** A recovery (已恢复, 已解除冻结, restored): the line is usable again, over any fault. */
  recovery?: true;
  /** 调整为: a change of the line, a cut unless its amounts say it rose (detect.ts). */
  adjusted?: true;
  /** An account-security check (人脸核验, 疑似盗刷): it explains a hold (frozen, suspended) even as its cause. */
  check?: true;
}

// "已于近日终止", "已于2026年11月20日关闭", "被无故关闭", "已被我行提前终止", "已依约冻结": a date, an adverb or the lender
// between 已/被 and the verb; a notice's "自即日起冻结" takes effect as it is read.
const ADVERB = '(?:于[^,.!?;\\n]{1,12}?|无故|突然|直接|提前|莫名|永久|正式|全部|依约|依法|依规)';
// 将于 + a date: a scheduled act, a future unless a notice dates it for the user (./mentions.ts).
const BY = `(?:已经|已被|已|被|经|将(?=于)|(?:自)?即日起(?:已|被)?)${ADVERB}?(?:系统|平台|银行|我行|我司|本公司|机构)?${ADVERB}?`;
const MAYBE_BY = `(?:${BY})?`;
// "be": "will be suspended" (a future, ./mentions.ts, unless a notice dates it).
const EN_BE = "(?:been|is|are|was|were|got|gets|has|have|now|it's|it is|be)";
const EN_ADV = '(?:temporarily |currently |now |permanently |already )?';
// A headline with no verb: the participle right after the line ("Baitiao locked", "huabei closed", "Limit restored to 20k"),
// or a label's value after its colon ("Baitiao: Locked 🔒", "Card ending 4417: suspended"), at its end, before a
// symbol or before a preposition (not "Huabei closed accounts cannot be reopened").
const EN_PRODUCT = '(?:jiebei|huabei|baitiao|jintiao|weilidai|wangshangdai|duxiaoman|jietiao|yuefu)';
const EN_LINE = `(?:${EN_PRODUCT}|hb|jb|limit|line|card|account)`;
const headline = (words: string): string =>
  `(?:${words})(?<=\\b${EN_LINE}(?: ending(?: in)? [*x]{0,4}\\d{4})?:? (?:${words}))(?=$|[^a-z ]| (?![a-z0-9])| (?:to|on|by|after|since|for|today|yesterday|again|overnight|now|in)\\b)`;

// A card's badge, the whole line under the product ("Huabei / Frozen", "Jiebei / Closed"), as 已关闭 is in Chinese.
const badge = (words: string): string => `(?:${words})(?<=(?:^|\\n)(?:${words}))(?![^\\n])`;

// Words that make "bank" no name: "partner banks", "a licensed bank", "the bank" (not "the Bank of Shanghai").
const EN_SOME = '(?:partner|licensed|cooperating|participating|other|various|our|the|a|an|by|its|their|from|some|several)';
const EN_SOME_BANK = `(?:${EN_SOME} )+(?:[a-z]{1,12} )?banks?\\b(?! of)`;

export const PHRASES: readonly PhraseSet[] = [
  {
    // 额度已关闭 / 借呗已关闭 / 被关了 / 已注销 / 原额度已收回 / 止付并停用 (docs/sources.md#status-wording)
    status: 'closed',
    needs: 'credit',
    sources: [
      `${BY}(?:关闭|注销|停用(?!\\d|[一二三四五六七八九十]{1,3}个?(?:天|日|周|月))|停止使用|关停|收回|取消|失效|清零|终止|撤销|销户|销卡)`,
      // The second of two acts done (已停止使用并销户): 并 carries the first's 已 or 被 to the closure.
      '并(?:销户|销卡|注销)(?<=(?:已|被)[^,。!?;\\n]{1,8}并(?:销户|销卡|注销))',
      // A cleft tells how it was done: 我的花呗是系统综合评估后关闭的.
      '是[^,.!?;\\n]{0,12}?(?:关闭|关掉|关|注销)的(?=$|[,.!?;\\n])',
      // "借呗关了": the product itself, right before ("我把借呗关了" is the user's act, ./markers.ts).
      '关了(?<=(?:借呗|花呗|白条|金条|微粒贷|月付|额度|hb|jb)关了)',
      // The user's own words: 给我关了; Cantonese 畀佢閂咗 / 俾人封咗 (閂 folds to 关, ./normalise.ts); 入口没了.
      '(?:给|畀|俾)(?:我|俺|佢|人|佢哋|银行|平台|系统)?(?:关|封|停)(?:了|掉了?)|' +
        // A post's "jb没了", "额度没了😭": gone, at the end of its clause (not "没了负担").
        '(?:没了|没有了)(?![\\u4e00-\\u9fff])|(?:没了|没有了)(?=家人们|姐妹们|兄弟们|宝子们|啊|呀|吧)|' +
        '入口(?:直接|突然|也)?(?:没了|没有了|消失了?|不见了)|被关了|被封了|关掉了|关闭了|已关(?=$|[,.!?;\\n了])|清零|归零|(?:处于|为|是)关闭状态|停卡|封卡|(?:状态|额度)(?:为)?:(?:已)?(?:关闭|止付|注销)|注销了|取消了(?:您的|你的|我的)?(?:额度|授信)|没了额度|作销卡处理|已(?:为您)?办理(?:了)?(?:销卡|销户)|(?<!临时|暂时|挂失)止付(?:并停用)?|(?:已经|已)停止(?:提供|服务)|销卡处理|(?:被|已)?回收|(?:予以|进行了?|作了?|做了?)(?:关闭|注销|销户|止付)(?:处理)?|不再(?:为您)?提供(?:借款)?服务|停止(?:为您)?(?:提供)?(?:借款)?服务',
      `\\b(?:closed|cancell?ed|terminated) on \\d|no longer have access to|${EN_BE} ${EN_ADV}(?:closed|cancell?ed|withdrawn|revoked|terminated|discontinued|shut down|deactivated|disabled)\\b`,
      // A badge right under the product's name ("Jiebei / Closed"; a loan's own row closes when it is repaid: "Loan #1 /
      // ¥3,000 / Closed"); the lender as the agent: "we have closed", "they shut down my Huabei", "the bank cancelled my card".
      `closed(?<=(?:^|\\n)(?:${EN_PRODUCT}|credit (?:line|card))\\nclosed)(?![^\\n])|` +
        `${headline('closed|cancell?ed|shut down|terminated')}|(?:is|are|it's) (?:gone|dead)\\b|(?:just |has |have )?(?:disappeared|vanished)\\b|not available (?:for me |to me )?any ?more\\b|` +
        "(?:we|we've|we have) (?:have )?(?:closed|cancell?ed|terminated|withdrawn)|(?:shut down|closed|cancell?ed|terminated|revoked|withdrew) (?:my|your|the) |(?:line|limit|card|account|status)(?: is)?:? ?(?:closed|cancell?ed|terminated)\\b",
    ],
  },
  {
    // 暂无额度 / 当前暂无可借额度 / 额度目前是0 / no available credit line: the subject is in the phrase (not a card's
    // temporary limit, 临时额度, a thing of its own).
    status: 'closed',
    needs: 'none',
    sources: [
      '暂无[^,。!?\\n]{0,6}?(?<!临时)额度|没有额度|无可用额度|(?<!临时)额度(?:目前|当前|现在)?(?:为|是)0(?![.\\d])',
      "no longer (?:available|active)|no credit (?:is )?available (?:for|to) (?:you|your account)\\b|(?:have|has) no (?:available )?credit (?:line|limit)|no (?:available )?credit (?:line|limit)|(?:don't|do not) have (?:an? )?(?:available )?credit (?:line|limit)",
    ],
  },
  {
    // 已冻结 / 冻结中 / 处于冻结状态 / 逾期冻结 (docs/sources.md#status-wording, AFQMC "花呗逾期冻结")
    status: 'frozen',
    needs: 'credit',
    sources: [
      `${BY}(?:临时|暂时)?冻结|冻结中|冻结(?:状态)?(?:还|仍|一直|至今)?(?:没有?|未|尚未)(?:解除|解冻)|(?:还|仍|一直|至今|尚)(?:没有?|未)解冻|冻结的?状态|处于冻结|逾期冻结|冻结了|(?:状态|额度)(?:为)?:?(?:为)?(?:已)?冻结|额度冻结|(?:予以|进行了?|作了?|做了?)冻结(?:处理)?|冻结(?:您的|你的|我的)|锁卡|冻卡|被冻(?:了|住了?)|是[^,.!?;\\n]{0,12}?冻结的(?=$|[,.!?;\\n])|(?:已经|已被|已|被)(?:风控|系统|平台|银行|我行)锁定`,
      // A card's badge, the whole line: "Huabei / Frozen / Repay …".
      `${badge('frozen|blocked')}|${headline('frozen')}|${EN_BE} ${EN_ADV}(?:frozen|blocked)\\b|(?:we|we've|we have) (?:have )?frozen|froze (?:my|your|the)|status(?: is)?:? ?(?:frozen|blocked)\\b|(?:line|limit|card|account) frozen`,
    ],
  },
  {
    // 已暂停使用 / 暂停服务 / 暂停借款 / 临时停用 (docs/sources.md#status-wording, ⚠️ exact string unverified)
    status: 'suspended',
    needs: 'credit',
    sources: [
      `暂停(?:了)?(?:您的|你的|我的)?(?:使用|服务|借款|支用|用信|交易|消费|刷卡)|${BY}(?:临时|暂时)?暂停|暂停了|暂停中|暂停(?:的)?状态|处于暂停|服务暂停|功能暂停|临时停用|暂时停用|(?:临时|暂时)止付|停用(?:\\d{1,3}|[一二三四五六七八九十]{1,3})个?(?:天|日|周|月)|暂停借款|(?:暂时|临时)关闭|(?:暂时|临时|已)中止|(?:状态|额度)(?:为)?:(?:已)?暂停|(?:予以|进行了?|作了?)暂停(?:处理)?`,
      // A restriction of the line is a pause (限制借款, restricted): the corpora read it so (docs/architecture.md#corpora).
      `${MAYBE_BY}(?:临时|暂时)?(?:限制使用|限制(?:了)?(?:借款|支用|交易|消费)?|受限)`,
      `${EN_BE} ${EN_ADV}(?:suspended|paused|on hold|restricted|limited)\\b|${headline('suspended|paused|on hold|restricted')}|${badge('suspended|paused|on hold|restricted')}|(?:we|we've|we have) (?:have )?(?:temporarily )?(?:paused|suspended|restricted|(?:put|placed) a (?:temporary )?hold on)|` +
        `(?:line|limit|card|account|borrowing|service|status)(?: is)?:? ?(?:suspended|paused|on hold)`,
    ],
  },
  {
    // 额度调降 / 额度降低 / 降额 / 被砍到 (docs/sources.md#status-wording; docs/sources.md#user-complaints item 2)
    status: 'reduced',
    needs: 'credit',
    sources: [
      // A screen's arrow down by the figure ("较上月 ↓2.8万", "额度：1万↓") or its "(已降)".
      // A cleft tells how it was done: 额度是系统自动降的.
      '是[^,.!?;\\n]{0,12}?(?:降|调降|下调|降低|砍)的(?=$|[,.!?;\\n])',
      `${MAYBE_BY}(?:调降|降低|下调|减少|调低|降额|调减|核减)|↓(?:(?<=\\d↓)|(?= ?[¥\\d]))|已降(?=$|[)\\n,])|跌(?:到|至)|掉到|降了|降额|有所降低|被砍|砍到|被降(?:了|到|至|为|低)?|降(?:到|至|为)|缩水|缩(?:到|至|减)|变少了|少了(?:一大半|一多半|大半|一半|很多|好多|一截|不少)|(?:予以|进行了?|作了?)(?:降额|调降|下调)(?:处理)?`,
      `${EN_BE} ${EN_ADV}(?:reduced|lowered|decreased|cut|slashed|halved|adjusted down|downgraded)\\b|(?:limit|line)s? (?:has |have )?(?:dropped|fell|fallen|went down|gone down) (?:to|from|by)\\b|${headline('reduced|lowered|cut|slashed|halved')}|(?:reduced|lowered|decreased|cut) (?:your )?(?:[a-z]{1,12} )?(?:credit )?(?:limit|line)|(?:limits?|line|status)(?: is)?:? ?(?:reduced|lowered|decreased|cut)\\b|adjusted down`,
    ],
  },
  {
    status: 'reduced',
    needs: 'credit',
    adjusted: true,
    sources: [`${MAYBE_BY}调整(?:为|至|到)|${BY}调整(?!记录|通知)`],
  },
  {
    // 经综合评估暂未通过 / 综合评分不足 / 暂不满足开通条件 / 暂无法为您开通 (docs/sources.md#lender-answers)
    status: 'declined',
    needs: 'none',
    sources: [
      // "经综合评估，暂无法为你提供借款服务": the assessment is why the service is refused.
      '综合评估(?:后)?(?:暂时|暂)?(?:未能通过|未通过|不通过|无法使用|不符合)|综合评估[^。!?\\n]{0,10}?(?:暂时|暂|目前)?(?:无法|不能)为(?:您|你)提供(?:借款|贷款)?服务|(?:综合|信用)评分不足|信用评估(?:暂)?未通过',
      "did not pass (?:the |our )?(?:overall |comprehensive |credit )?(?:assessment|evaluation|review)|didn't pass (?:the |our )?(?:overall )?(?:assessment|evaluation|review)",
    ],
  },
  {
    status: 'declined',
    needs: 'application',
    sources: [
      '秒拒|(?:审核|审批|申请|评估|核卡)(?:暂|暂时)?(?:未能|未|没有|没|不)(?:通过|获批|获得批准|过|成功)|(?:未能|没能|未|没有)通过(?:审核|审批|评估)|未获(?:得)?(?:批准|通过|核准)|未能核准|(?:申请|评估)(?:被)?(?:拒|驳回)|被拒|拒绝了?(?:您的|你的|我的)?申请',
      '(?:暂|暂时)?(?:不符合|不满足)[^,。!?\\n]{0,6}?(?:条件|要求|标准)|(?:暂时|暂|目前)?(?:无法|不能|未能)为(?:您|你)(?:开通|核发|发放|审批)|未能核发|(?:暂|暂时)?无法开通|开通(?:失败|未成功)|未能(?:成功)?开通|申请失败|借款失败|额度获取失败',
      '暂未获得[^,。!?\\n]{0,4}?额度|未能获得[^,。!?\\n]{0,4}?额度|未能为(?:您|你)(?:提升|匹配|开通)|结果:?(?:为)?(?:不通过|未通过|拒绝)',
      "(?:unable to|not able to|can't|cannot|could not|couldn't) (?:approve|offer you|open|provide you with|increase your|raise your)|(?:could not|couldn't|cannot|can't) be approved|(?:application|request)(?: for [^.\\n]{1,40}?)? (?:was |has been |is |were )?(?:declined|rejected|not approved|unsuccessful|not successful)|application (?:status|result|outcome):? ?(?:not approved|declined|rejected|unsuccessful)",
      "(?<!\\bcards?(?: ending(?: in)? [*x]{0,4}\\d{4})? (?:has |have )?)(?:got|was|were|been|get) (?:instantly |just )?(?:rejected|declined)\\b|(?:don't|do not|didn't|did not) qualify|not qualified|(?:was|were|has been) unsuccessful|regret to inform you that (?:we|your application)",
      // A card declined (at a merchant, for a payment) refused a payment, not an application: no card before the verb.
      // Not "is approved": only a negated approval is a refusal.
      "(?:was|were|is|has been|have been) not approved|(?:wasn't|weren't|isn't) approved|(?:don't|do not|doesn't|does not) (?:currently )?meet (?:the |our )?(?:eligibility|requirements|criteria)|not eligible|ineligible|application declined|assessment not passed|(?:insufficient|low) (?:credit |overall )?score",
    ],
  },
  {
    // 账户存在风险 / 安全风险 (docs/sources.md#status-wording, AFQMC "借呗安全风险"): the account's own state.
    status: 'security_risk',
    needs: 'account',
    sources: [
      '(?:存在|有)(?:安全)?风险|安全风险|风险账户|风控拦截|触发(?:了)?(?:安全)?风控|(?:账户|账号)(?:存在)?异常',
      'security risk|at risk\\b',
    ],
  },
  {
    // A suspected fraud on the card or account: the bank's security hold (疑似盗刷, 异常交易, for security reasons).
    status: 'security_risk',
    needs: 'account',
    check: true,
    sources: [
      // A hold made to check the user's own transactions: 存在盗刷风险, 为核实您近期的一笔境外交易 (its purpose;
      // "请…核实交易" after a 止付 only asks the user to call).
      '(?:密码|登录)(?:错误|输错|失败)(?:次数)?(?:过多|超限|太多)|多次输错密码|(?:疑似|涉嫌)盗刷|(?:盗刷|欺诈)风险|(?:有|存在|发现|检测到|因|由于)(?:一笔|多笔)?(?:异常|可疑)交易|(?:出于|基于)安全(?:原因|考虑)|为(?:了)?(?:核实|确认)[^,。!?\\n]{0,12}?交易|' +
        // An unusual login detected on the account (zh-Hant 登入), and a hold that waits on the user proving who they are.
        '(?:检测到|发现|侦测到)(?:您的?)?(?:账户|账号)?(?:存在|有)?(?:异常|陌生设备)登(?:录|入)|(?:限制|冻结|锁定|暂停)[^,。!?\\n]{0,4}?[,.]?请(?:先)?完成(?:身份|身分|实名)(?:验证|核验|认证)|(?:直至|直到)(?:您)?完成(?:身份|身分)(?:验证|核验)',
      "until you (?:verify|confirm)(?= (?:your identity|(?:that )?it (?:was|is) you|it's you)\\b|[.,;!]|$)|(?:restricted|on hold|locked|suspended|limited|frozen|blocked)\\. (?:please )?(?:verify your identity|confirm (?:it was|it's) you)|" +
        '(?:for|due to) security reasons|suspected fraud|(?:too many|several|multiple|repeated) (?:failed|incorrect|wrong) (?:login |sign-in |password |pin )?(?:attempts|tries|logins|passwords)|(?:unusual|suspicious) (?:activity|sign-in|login|transactions?|charges?|purchases?|spending)|security check|sign-in from a new device|(?:noticed|detected) an? (?:unusual |suspicious )?(?:transaction|sign-in|login)',
    ],
  },
  {
    // An identity check the line waits on (异常登录, 人脸核验, verify your identity).
    status: 'security_risk',
    needs: 'credit',
    check: true,
    sources: [
      '异常登(?:录|入)|新设备登(?:录|入)|(?:身份|身分)(?:核验|验证|认证|信息)|人脸(?:核验|识别|辨识|验证|认证)|刷脸验证|核身|(?:需要|要)?核实(?:您的|你的|我的)?身份|实名认证|证件(?:已)?过期|异常交易风险|安全验证|为(?:了)?(?:保障|保护)?(?:您|你|阁下)?(?:的)?(?:账户|户口|资金|用卡)安全',
      // "restricted for account security", "paused for security purposes": the hold's stated purpose.
      "verify your identity|identity (?:check|verification)|pending (?:identity )?verification|face verification|for your (?:security|protection|safety)|to (?:protect|secure) your account|(?:for|to protect) (?:your |the )?account(?:'s)? security|for security purposes",
    ],
  },
  {
    // 当前无法使用 / 暂时无法提供服务 (微粒贷) / 已限制 (docs/sources.md#user-complaints item 8)
    status: 'unavailable',
    needs: 'credit',
    sources: [
      '(?:当前|目前|暂时|暂)?(?:无法|不能|不可)(?:使用|借款|借钱|提供服务|支用)|(?:服务|功能)不可用|暂不可用|暂不可借|暂不支持(?:借款|使用)|(?:当前|目前|暂时)不可(?:用|借)|(?:无法|不能)为(?:您|你)提供(?:服务|借款|贷款)|无法提供(?:借款|贷款)服务|暂时无法为(?:您|你)提供服务|用不了|刷不了|不能用了',
      '用唔到|用不了',
      `${EN_BE} ${EN_ADV}(?:unavailable|not available)\\b|${headline('unavailable|not available')}|${badge('unavailable|not available')}|(?:service|borrowing|line|status|loan):? ?${EN_ADV}unavailable\\b|(?:can't|cannot) serve you|isn't available|not available to you|unable to provide (?:this |the )?service|(?:cannot|can't) be used|(?:can't|cannot|unable to) (?:use|borrow|lend)|can no longer (?:use|borrow)`,
    ],
  },
  {
    // 信用贷: bank-funded loans shown apart from 借呗 since 2021-11, naming the lender
    // (docs/sources.md#ant-2021, ✅ 北京商报 2021-11). A page signal, not a fault.
    status: 'brand_split',
    needs: 'credit',
    sources: [
      // The entry naming its bank: 信用贷(华夏银行) (a card's contract signed by a bank is no split).
      '信用贷\\([^)\\n]{1,10}?银行\\)|(?:资金)?由[^,。!?\\n]{0,12}?(?:银行|持牌机构)[^,。!?\\n]{0,6}?(?:提供|发放|出资|放款|承贷)(?:资金|贷款)?|(?:放款机构|放款方|借款方|资金方|出资方|出借方|出借人|贷款人)[^,。!?\\n]{0,4}?(?:是|为|:)?[^,。!?\\n]{0,12}?银行|(?:与|和)借呗(?:是)?(?:相互独立|相互分开|分开展示|分开|独立|两个不同)|[^,。!?\\n]{0,2}?银行提供的|非(?:蚂蚁消费金融)?借呗产品',
      // Where 借呗 sat now shows 信用贷 (借呗入口已调整为信用贷), as 网商贷 shows for a merchant below.
      '借呗(?:入口|页面|服务)?[^。!?\\n]{0,8}?(?:调整为|调整成|变为|变成|换成|改为|显示为|展示为|更名为|升级为|切换为)(?:了)?[「“"]?信用贷',
      // A bank by its name ("Bank of Ningbo", "China CITIC Bank"): "partner banks", "a bank" name none — an
      // explanation of what a page shows, not the page's own statement, unless the page speaks of itself
      // ("Credit loans on this page are provided by partner banks").
      `(?:provided|funded|issued)(?: and (?:approved|issued|provided|serviced))? by (?!${EN_SOME_BANK})[^,.\\n]{0,24}?bank\\b|` +
        `(?:on this page|here|below) (?:are|is) (?:provided|funded|issued) by [^,.\\n]{0,24}?bank|` +
        `(?:not (?:by|from) jiebei|(?:shown )?separate(?:ly)? from jiebei)(?<=(?:\\bbank of [a-z]|\\b(?!${EN_SOME}\\b)[a-z]{2,} bank\\b)[\\s\\S]{0,80})|lender:? [^,.\\n]{0,24}?bank`,
    ],
  },
  {
    // 网商贷 offered where 借呗 was: served as a merchant (docs/sources.md#causes)
    status: 'merchant_switch',
    needs: 'none',
    sources: [
      '借呗[^。!?\\n]{0,12}?(?:变成|换成|变了|换了|更换为|更换成|变更为|变更成|改成|转为|转成|升级为|升级成|切换为|切换成|切换至|切换到|变为|替换为|替换成|调整为|调整成|改为|更新为|更新成|跳到|跳转到|跳转至)(?:了)?[「“"]?网商贷',
      // Where 借呗 sat now shows 网商贷: 借呗的位置现在是网商贷, 借呗入口展示的是网商贷.
      '借呗(?:的)?(?:入口|位置|那里|原来的位置|原来的地方)[^。!?\\n]{0,6}?(?:是|显示|展示|变成|换成)(?:的是)?(?:为|成)?(?:了)?[「“"]?网商贷',
      // A 网商贷 card marked as the former 借呗 entry: 网商贷 / 可借额度 ¥30,000 / 原借呗入口, 原借呗用户专属入口.
      '原借呗(?:用户)?(?:专属|专享)?入口(?<=网商贷[^。!?]{0,30}原借呗(?:用户)?(?:专属|专享)?入口)',
      // 借呗 out of reach and 网商贷 offered in its place, in one sentence: 你的借呗暂不可用，已为你匹配网商银行“网商贷”.
      '借呗[^。!?\\n]{0,16}?(?:已)?(?:为|给)(?:您|你)(?:匹配|推荐|开通|提供)(?:了)?[^。!?\\n]{0,10}?网商贷',
      // The borrowing service itself moved (您的借钱服务已升级为网商贷), or drawn as a move (借呗 → 网商贷).
      '(?:借钱|借款)服务[^。!?\\n]{0,4}?(?:升级|切换|转|变更)(?:为|成|至|到)网商贷|借呗 ?(?:→|->|=>|➜|▸) ?网商贷',
      // Said over two clauses: 借呗就没了，只剩网商贷; 您已升级为网商贷用户，原借呗服务由网商银行承接.
      '只剩(?:下)?网商贷|只有网商贷|(?:升级|转)(?:为|成)网商贷用户|由网商银行承接|网商贷承接|网商贷[^。!?\\n]{0,8}?(?:代替|替代|取代|替换)(?:了)?(?:原)?借呗|网商贷而不是借呗|网商贷而非借呗|借呗入口(?:将|就|也)?(?:不再|不)(?:展示|显示)|(?:将)?由网商(?:贷|银行)(?:为您)?(?:提供|承接)|原借呗(?:服务|入口)?已调整|借呗(?:入口)?(?:显示|展示)(?:为|成)?网商贷',
      // Its former users sent to 网商贷 (原借呗用户可在网商贷查看额度); what 借呗's entry shows now (点进去推荐的是网商贷).
      '原借呗(?:用户|客户)[^。!?\\n]{0,12}?网商贷|借呗[^。!?\\n]{0,16}?(?:推荐|显示|展示)的(?:是|为)[「“"]?网商贷',
      '(?:mybank|wangshangdai)[^.\\n]{0,40}?(?:instead of|(?:has |have )?replaced) (?:jiebei|ant credit pay)|(?:mybank|wangshangdai)[^.\\n]{0,40}?where (?:my |your |the )?jiebei (?:used to be|was)|(?:offers?|offered|apply for|get) (?:a |an )?[^.\\n]{0,40}?(?:mybank|wangshangdai)[^.\\n]{0,30}?instead\\b(?! of)|(?:mybank|wangshangdai)[^.\\n]{0,40}?(?:is |are )?(?:offered|available|shown) (?:to you )?(?:instead|in its place)\\b|(?:jiebei|ant credit pay)[^.\\n]{0,20}?(?:replaced by|switched to|turned into|became|upgraded to|moved to) (?:mybank|wangshangdai)',
    ],
  },
  {
    // 白条已锁定 / 锁定白条 / 开启白条锁定: a lock the user set (设置 → 账户安全), reversible (docs/sources.md#status-wording)
    status: 'user_locked',
    needs: 'credit',
    sources: [
      // Not a lock set by risk control or the lender (已被风控锁定: a hold, frozen above).
      `${MAYBE_BY}(?<!风控|系统|平台|银行|我行)锁定|(?<!风控|系统|平台|银行|我行)锁定了|(?:自己|本人)(?:手动)?锁(?:上|定|住)?(?:的|了)|(?:自己|我自己|本人)[^,.!?;\\n]{0,8}?(?:把|将)[^,.!?;\\n]{0,8}?(?:锁住|锁定|锁上|锁了|冻结)|开启(?:了)?[^,。!?\\n]{0,4}?锁定?|设置了?锁定|锁定(?:状态)?:?已开启`,
      `(?:you|you've|you have) (?:have )?(?:locked|frozen|froze|paused) (?:your|${EN_LINE}\\b)|${headline('locked')}|${badge('locked')}|locked by you\\b|${EN_BE} ${EN_ADV}locked\\b|turned on [a-z]{0,12} ?lock|lock (?:is )?(?:on|enabled)`,
    ],
  },
  {
    // An explicit usable state: 状态正常, 可正常使用, available again.
    status: 'normal',
    needs: 'credit',
    sources: [
      '状态:?正常|是正常的|正常状态|额度正常|可(?:以)?(?:正常|继续|放心)(?:使用|借款|借钱|刷卡|消费|交易|支用|借|用)|现已可用|已可(?:正常)?使用|已经可以正常|可以用了|能正常用|(?:又|终于|重新)(?:能|可以)(?:用|借)|能用了|(?:继续|仍然|仍)有效',
      "status:? ?(?:active|normal)|(?:remains?|stays?|is still|still) (?:active|open|usable|valid)\\b|in good standing|(?:works|working) again|can (?:borrow|use it) again|(?:is|it's) active\\b|(?:you can )?(?:use|using) (?:it|them) (?:normally|as usual)|(?:you can )?(?:continue|keep) (?:using|to use) (?:it|them)\\b|(?:works|working) (?:normally|as usual)|can be used (?:normally|as usual)|(?:can|may) continue (?:to use|using|to borrow|borrowing)",
    ],
  },
  {
    // Recoveries: 已恢复 / 已解除冻结 / 已解冻 / 重新开通 / restored, reinstated, lifted.
    status: 'normal',
    needs: 'account',
    recovery: true,
    sources: [
      '(?:已经|已)?(?:恢复(?:正常|使用|借款|交易)|解冻)|(?<!还|退|转)回来了|已(?:经)?(?:为|帮)?(?:您|你)?恢复|恢复了|解冻了|恢复(?:到|成)|恢复正常|重新(?:开通|开放|开启|启用)|(?:冻结|止付|暂停|限制|锁定|管制)(?:状态)?(?:已经|已)(?:解除|取消)|锁(?:定)?(?:功能|开关)?(?:已经|已)关闭|解除(?:了)?(?:冻结|止付|暂停|限制|锁定)|解除冻结成功',
      `${EN_BE} ${EN_ADV}(?:restored|reinstated|unfrozen|unblocked|lifted|reactivated|unlocked)\\b|${headline('restored|reinstated|unfrozen|unlocked')}|(?:is|are|it's) back\\b|(?:we|we've|we have|i've|i have) (?:have )?(?:restored|reinstated|unfrozen|unblocked|reactivated|unlocked|lifted)|(?:lifted|removed) the (?:hold|freeze|block|restriction)s?|active again|(?:available|usable) again|back to (?:normal|usual|[¥$\\d])|no longer (?:frozen|suspended|restricted|on hold|locked)`,
    ],
  },
];
