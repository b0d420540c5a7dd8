// Context markers: the words that make a clause a mention of a status rather
// than a statement of the user's own (README.md#on-the-page). A question ("借呗被
// 关闭怎么办", "is my card frozen?"), advice or a condition ("如何避免额度被冻结",
// "逾期可能导致额度冻结", "if your card is suspended"), a negation, a future, a
// report about someone else's line, a generic list of reasons. Where each is
// looked for (the clause, the sentence, directly before the match): ./mentions.ts.
//
// Format: JS regex sources, matched case-insensitively against normaliseReading()
// output, each list [Chinese, English]. Every quantifier is bounded.

// Not a complaint's rhetorical question (PROTESTS): it states what it protests.
export const QUESTION_MARKERS = [
  '怎么|怎样|如何|为什么|为何|为啥|啥(?!都|也|操作)|咋|(?<!凭)什么(?!操作|鬼)|凭什么(?=说|讲|认为)|哪些|哪个|哪家|哪款|哪种|边个|是否|能否|会不会|能不能|可不可以|是不是|有没有|多久|多长时间|吗|嘛|请问|係咪|系咪|点解|几时',
  '\\b(?:how|why|what|whether|which)\\b',
];
export const ADVICE_MARKERS = [
  // 一般/通常/usually: a generic statement, not the user's line ("额度被关闭一般是系统综合评估的结果").
  // 不要慌，三招教你: a post or a video that coaches.
  '教你|不要慌|别慌|(?<!不)容易|妙招|几招|三招|一般|通常|往往|大多|多半|普遍|避免|防止|预防|防范|谨防|警惕|注意|小心|当心|提防|攻略|教程|技巧|办法|方法|请勿相信|勿信|不要相信|可能|会被|将被|将会|会导致|可能导致|将导致|会影响|将影响|将无法|将不能|将不再|即将|例如|比如|区别|不同|您可以|你可以|可以先|可随时|代办|代理|包过',
  // "may" as advice, not the month ("closed on 3 May").
  // "e.g.", "for example": an example of a wording (a search box's hint, an explanation), as 例如 and 比如 above.
  '\\b(?:usually|typically|generally|often|in most cases|avoid|prevent|might|may (?:be|lead|result|affect|cause)|could (?:be|lead|affect)|helps?|tips?|you can|for example|for instance|things to know|what to know|what to do|guide to)\\b|\\b(?:e\\.g|i\\.e)\\.',
  // The risk warning lenders print on loan pages ("贷款有风险，借款需谨慎", in the manner of the market's
  // "投资有风险，入市需谨慎"): a kind of business carries risk, no account is at risk.
  '(?:贷款|借款|借贷|信贷|网贷)(?=有风险)',
  // A purpose, what is to be avoided, not a state: a reminder names what repaying on time avoids
  // ("请及时还款，以免额度被冻结", "以防金条额度被冻结").
  '以免|以防|免得|\\blest\\b',
];
// A condition earlier in the sentence: "如果逾期，额度冻结".
// 视情况 / 有权 / 保留…权利 / 得视 / 随时: a contract's or policy's measures ("本行将视情况采取降额、止付等措施", "本行得…随时调整信用额度").
// "如检测到异常登录，…", "Should we detect unusual activity, …": a condition said by 如 + a verb, or by inversion;
// 如 … ，则 … names a condition and its consequence ("如账户额度被冻结，则无法参与本活动").
// Not 直到 / until: "restricted until you verify your identity" states what the hold waits on.
// A confirmation dialog's consequence is a condition too: "关闭后无法使用美团月付支付", "注销后该卡无法使用".
export const CONDITION_MARKERS = [
  '保留(?=[^,。!?;\\n]{0,16}?权)|如果|假如|假设|假使|设想|一旦|倘若|万一|如遇|如需|得视|随时|如(?=您|你|检测到|发现|出现|存在|有|未能?|逾期)|如(?=[^,。!?;\\n]{1,24}?,则)|若|要是|视情况|有权(?!机关)|(?:关闭|锁定|注销|停用|开启|解锁|销户|销卡)(?:后|之后)',
  '\\b(?:if|when|once|as soon as|unless|in case|suppose|supposing|imagine|should (?:we|you|your|there|the))\\b',
];
// Before a recovery in its sentence: the end of a hold, not a fact ("unavailable until the hold is lifted", "直至逾期结清后恢复").
export const UNTIL_MARKERS = ['直到|直至', '\\buntil\\b'];
// A generic list earlier in the sentence: "额度被冻结的常见原因：逾期、账户异常", "reasons include …".
// An explanation's lead-in earlier in the sentence: "所谓降额，就是…", "一般来说，…", "比方说借呗被关了，…".
export const LIST_MARKERS = [
  '(?:常见|主要|几种|可能的?|以下)(?:的)?原因|原因(?:有|包括|如下)|包括|诸如',
  '\\b(?:such as|including|include|includes|reasons?)\\b',
  '意思是|是指|指的是|也叫|也称|所谓|一般来说|一般而言|简单来说|简单地说|通俗地讲|通俗来说|举个例子|举例来说|比方说|打个比方|换句话说',
];
// Directly before a match: "未/没有/不会被冻结", "并非被关闭", "这不是降额", "has not been frozen".
export const NEGATIONS = [
  '(?:不是|并不是|不|未|没有?|非|别|无需|不会|不存在|不涉及|并未|并非|解除|取消)(?:被|已|有|曾|再|会|对)?',
  "\\b(?:not|never|no longer|no)\\s|n't\\s",
];
// Directly before a match: a future or a possibility, not a state ("将无法使用", "会被冻结", "将临时冻结", "要被冻结了", "will be closed").
// A contract's power is a possibility too: "平台可暂停您的借款服务", "your credit line can be closed".
export const FUTURE = [
  '(?:将|即将|将会|会|可能|可以|可|(?<![需只想重主])要)(?:被)?(?:临时|暂时)?',
  '\\b(?:will|would|may|might|could|can)\\s(?:be\\s)?',
];
// Anywhere before a match in its clause: "系统并未对您的白条做任何限制", "we did not reduce your limit".
// A negated quantifier over the line: "没有一张信用卡被冻结", "名下没有任何额度被冻结", "none of your cards", "neither … nor".
export const CLAUSE_NEGATIONS = [
  '并未|并没有|并没|从未|未曾|不涉及|没有对|未对|不会|不因|没有(?:一张|一个|一笔|任何)',
  "\\b(?:did not|didn't|have not|haven't|has not|hasn't|never|won't|will not|no changes|none of|neither)\\b",
];
// Anywhere before a usable state or a recovery in its clause: "这边无法为您手动解冻", "还清咗都未解".
export const RECOVERY_NEGATIONS = ['无法|不能|不可以|没法|没办法|未能|尚未|还没|仍未|都未', "\\b(?:cannot|can't|unable|not yet)\\b"];
// Directly after a match: "额度被关闭后…", "额度关闭的原因", "冻结期间", "after … is closed";
// an experience, not a state ("花呗被关闭过一次"); a rule or a comparison it names ("额度冻结规则对比");
// a status qualifying a noun ("已冻结的额度将在还款后恢复", "借呗被关闭的10个原因"), not "冻结的状态".
export const TRAILERS = [
  // A label after the match ("已暂停 原因：逾期") is not a trailer.
  '时|之后|以后|前|后(?!续|台)|期间|过(?![期户])|规则|对比|政策|标准|机制|指南|解读|案例|的(?!状态)(?=.)|申诉|投诉|咨询|工单|(?:通知|提醒)(?!:)|不影响|仍需|也需|还需|(?:常见)?(?:原因|用户|情况|问题|通知书)(?!:)|' +
    // A topic's title: "服务暂停说明", "额度冻结是指…", "止付与解付", "白条锁定与解锁".
    // A glossary's term before its definition: "降额：指银行下调…".
    '说明|介绍|须知|指引|流程|是指|指的是|:(?:是)?指(?!定)|的意思|也叫|也称|(?:与|及|和)(?:解|恢复|提额|挂失|注销|止付|销户|停卡)',
  // "lowered from ¥15,000 to ¥4,000 after our periodic review": the review is the reason, not a time.
  // "frozen after three missed payments": a count of what happened is the reason too.
  '\\b(?:before|after)\\b(?! (?:our|a|the|your) (?:[a-z]{1,12} )?(?:review|assessment|evaluation))(?! (?:\\d{1,3}|one|two|three|four|five|six|several|multiple|repeated|missed|late|overdue)\\b)',
  // A term before its definition, as 是指 above: "Reduced limit: when the bank lowers …", "Credit line frozen means …".
  ':? ?(?:means|refers to|is when|happens when|occurs when)\\b|: ?(?:when|if)\\b',
];
// People other than the user whose line a sentence is about: "朋友的花呗", "我表妹的白条", "his card";
// a thread's poster, to whom a reply refers (楼主的白条, 题主, 博主, 层主); a relative by any kinship word
// (我小姨, 我表舅, 我侄子, 我对象, 我爱人); a person by title (客户张先生的金条, 李女士); 有人, someone.
const KIN =
  '(?:[小大二三]|表|堂)?(?:妹|哥|姐|弟|嫂|姨|舅|叔|伯|姑|婶|侄|甥|孙|爷|奶|外婆|外公|姥姥|姥爷|岳父|岳母|婆婆|公公)(?:子|女|夫|媳|妈|父|母)?';
const PEOPLE = `楼主|题主|博主|层主|先生|女士|小姐|有人|对象|爱人|另一半|我家那位|朋友|网友|老公|老婆|我${KIN}|丈夫|妻子|媳妇|男朋友|女朋友|男友|女友|闺蜜|妈妈|我妈|我爸|爸爸|父母|家人|同事|同学|室友|邻居|亲戚|表(?:哥|姐|弟|妹)|堂(?:哥|姐|弟|妹)|哥哥|姐姐|弟弟|妹妹|儿子|女儿|舅舅|阿姨|叔叔|他们|她们|他|她|别人|人家`;
// Earlier on the screen: the heading of a list of topics, searches or other people's complaints
// ("热门搜索：白条被冻结", "黑猫投诉 搜索“借呗关闭” / 共1,284条结果", "最新投诉", "412 results").
export const LIST_HEADINGS = [
  // Not an app's search box ("白条 搜索白条服务" tops the user's own page): a search's results, its query or its hot list.
  // A glossary lists terms and their definitions (名词解释｜降额：…).
  '名词解释|名词释义|术语表|术语解释|词汇表|相关(?:问题|文章|阅读|推荐|话题)|延伸阅读|推荐阅读|搜索结果|搜寻结果|热门搜索|搜索(?=["“「:])|搜寻(?=["“「:])|热搜|热门(?:问题|文章|话题|投诉|帖子)|百科|最新投诉|相似投诉|相关投诉|投诉榜|近期热点|猜你想问|常见问题|帮助中心|帖子|文章|话题|共[\\d,]{1,7}(?:条|笔|个)',
  '\\b(?:glossary|topics?:|related:|see also|search results|search:|popular (?:topics|questions|searches)|related (?:articles|questions|topics|complaints)|help cent(?:er|re)|faqs?|trending|(?:latest|similar|top) complaints|results for)|\\b(?:try )?search(?:ing)?(?: for)? (?=["“])|\\b\\d[\\d,]{0,6} results\\b',
];
// In a clause under such a heading: it speaks to the user, so it is the user's own ("您的借呗额度已关闭",
// "很抱歉，综合评分不足"), not a topic.
export const ADDRESSED_MARKERS = ['您|你|抱歉|遗憾', '\\b(?:your|sorry|unfortunately)\\b'];
// The last character of a yes-or-no question ("…还要还吗？").
export const YES_NO_ENDS = ['吗|嘛|么'];
// Someone else's line, news and reports: "据媒体报道", "朋友的花呗", "regulators said"; a contract's parties
// (甲方, 乙方), a regulator's statement, a judgment's summary (原告…诉称); a scammer's claim
// ("谎称您的借呗已被冻结"); a staff note
// about a customer ("客户反映其白条被冻结"), a company's response ("回应"), a past episode ("back in 2022").
// 某银行 names an unnamed other; 某某银行 masks the name on the user's own page ("放款机构是某某银行").
// A post's product right after a person, with no 的 between ("我闺蜜hb被关了", "我老公借呗没了").
const THEIR_PRODUCT = '(?=借呗|花呗|白条|金条|微粒贷|网商贷|信用贷|有钱花|月付|美团|信用卡|额度|hb|jb)';
// A crowd as the speaker or the owner: "评论区一半的人都说额度清零了", "身边的人都说".
const CROWD = '(?:一半|大部分|大多数|身边|周围|其他|别的|群里)(?:的)?人|评论区';
export const REPORTED_MARKERS = [
  `(?<!其)(?:${PEOPLE})${THEIR_PRODUCT}|(?:${PEOPLE})(?:说|讲|称|告诉我|跟我说)|${CROWD}|据(?:媒体|报道|悉|称|了解)|甲方|乙方|金管会|银保监会|金融监管总局|监管(?:部门|机构|局)|央行|人民银行|判决书|裁定书|诉称|原告|被告|报道|谎称|自称|冒充|骗子|不法分子|假冒|谨防诈骗|诈骗(?:短信|电话|分子)|回应|(?:客户|持卡人|借款人|消费者)(?:反映|反馈|投诉|来电|称|表示)|媒体|新闻|专家|多家|各大|网友(?:分享|反映|称|:)|(?:${PEOPLE})(?:的|个)|用户反映|多名|好多人|有人说|听说|据说|传闻|不少(?:用户|人)|很多人|许多人|越来越多|大家的|部分(?:用户|持卡人|客户|卡片)|(?<!某)某(?:银行|股份制|机构)|公告|系统维护|维护期间|系统升级`,
  "\\b(?:people (?:say|said)|i (?:have |'ve )?heard|back in \\d{4}|years ago|scam(?:mers?)?|fraudsters?|impersonat\\w{0,4}|regulators?|reports? (?:say|said|show)|according to|media|reporters|(?:many|some|several|one|a|another) (?:[a-z]{1,12} )?(?:users|customers|people|borrowers|lenders|banks|borrower|user|customer|cardholders?)|my (?:friend|wife|husband|mom|mum|dad|mother|father|brother|sister|colleague|roommate|flatmate|housemate|partner|boyfriend|girlfriend|bf|gf|cousin|son|daughter|aunt|uncle|parents|coworker|co-worker|classmate|neighbou?r|grandma|grandpa|boss)'?s?|his|her|their|announcement|maintenance)\\b",
  // 報導, as Taiwan and Hong Kong write 报道, and their 詐騙簡訊, 詐騙集團; an anti-fraud warning quoting what scammers say (反诈提醒, 防骗, …的都是诈骗,
  // "… are scams", "beware of texts claiming …"; not 涉嫌诈骗, a bank's reason for a hold).
  '报导|反诈|防骗|防诈|(?:是|都是|属于)诈骗|诈骗(?:简讯|集团)',
  "\\b(?:scams|phishing|beware of|claiming|op's|(?:the )?(?:original )?poster's)\\b",
];
// A date a change started from, in a sentence that names no person: news and announcements
// ("2021年11月起，借呗进行品牌隔离"), not a complaint about the user's own line ("2025年3月起我的…").
// A date a status takes effect from, in a notice to the user: "自2026年12月15日起，您的授信额度将暂停使用",
// "Effective 15 January 2027, the use of your card … will be suspended". A decision notified, not a possibility.
export const SCHEDULE_MARKERS = [
  '(?:自|从|于)20\\d\\d年\\d{1,2}月(?:\\d{1,2}日)?(?:起|开始)|于20\\d\\d年\\d{1,2}月\\d{1,2}日|(?:自|从|于)\\d{1,2}月\\d{1,2}日(?:起|开始)',
  '\\b(?:effective|from|starting|beginning|as of|on) (?:\\d{1,2} [a-z]{3,9},? \\d{4}|[a-z]{3,9} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b',
];
export const SINCE_DATE = ['(?:自|从)?20\\d\\d年(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:起|以来|开始)'];
// Earlier in the sentence: a closure, freeze or cut the user asked for is the user's act, not the lender's
// ("根据您的申请，信用卡已销户", "我主动注销了信用卡", "closed at your request"; docs/sources.md#status-wording:
// 销户 and 止付 are the lender's only when the bank stopped the card).
export const USER_ACTS = [
  '根据您的申请|应您的要求|我把[^,。!?\\n]{0,8}?关(?:了|掉)|按(?:照)?您的要求|您申请的|(?:我|您|本人|用户)主动|主动申请|本人申请|(?:您|我)已(?:成功)?(?:关闭|注销|销户|销卡|冻结|挂失|申请)',
  '\\b(?:at your request|as you requested|as requested|(?:per|upon|following) your request|you requested|i requested|myself|i (?:have )?(?:closed|cancell?ed|shut down|froze|locked))\\b',
  // A switch the user can turn back on themselves is a setting of theirs, not the lender's act
  // ("白条支付已关闭，您可以在设置中重新开启"); applying again (重新申请) is not turning back on.
  '(?:在|到)[^，,。;]{0,10}设置[^，,。;]{0,6}(?:重新|再次)?(?:开启|打开|启用)|(?:可|可以)随时[^，,。;]{0,10}(?:重新|再次)?(?:开启|打开|启用)|重新(?:开启|打开|启用)即可',
  '\\b(?:turn (?:it|them) back on|switch (?:it|them) back on|re-?enable (?:it|them))\\b',
  // A toast after the user's own act: "关闭成功，花呗已关闭", "Card frozen successfully", "You have closed your Huabei".
  '(?:关闭|注销|冻结|销户|销卡|停用|挂失)成功',
  "\\b(?:successfully|you(?: have|'ve)? (?:closed|cancell?ed|shut down|turned off|withdrawn|withdrew))\\b",
];
// Before a match in its sentence: a belief ("我还以为白条被冻结了", "I thought my Huabei was frozen") is
// no statement, unless what came of it follows before the match ("以为是系统问题，结果借呗真的被关了").
export const BELIEFS = ['以为|误认为', '\\b(?:i thought|i assumed)\\b'];
export const CONTRASTS = ['结果|没想到|竟然|居然|真的|果然', '\\b(?:but|turns out|actually)\\b'];
// In the match's own clause: the user's own line beside someone else's ("朋友的借呗被关了，我的也被关了").
// Not English "my": in reported speech it is the speaker's ("'My line was closed,' one borrower told reporters").
export const OWN_MARKERS = ['我的|我也|我却|本人的?|自己的'];
export const PERSON_MARKERS = ['我|本人|您|你|阁下', '\\b(?:i|my|me|you|your)\\b'];
// "不知道为什么借呗被关了": the user states the closure; only the reason is asked.
export const UNKNOWN_REASON = [
  '不知道为什么|不知为何|不知道为啥|莫名其妙|无缘无故|不明白为什么|不知道什么原因',
  "\\b(?:don't|do not) know why\\b",
];
// "借呗被关了，有人一样吗？", "有没有姐妹一样的", "anyone else?": a post asks whether others share the status it states.
export const SAME_QUESTIONS = [
  '(?:有没有|还有|有)(?:人|姐妹|宝子|朋友|兄弟|老哥|谁)(?:跟我|和我)?(?:也)?(?:一样|同样|这样|遇到|碰到)(?:过)?(?:的)?(?:吗|嘛|么)?',
  '\\banyone else\\b',
];
// The next clause asks: "额度已关闭，怎么办？", "是自己设的，还是被平台锁的？".
export const FOLLOWING_QUESTION = ['怎么|如何|为什么|为何|咋|怎样|是什么(?!操作|鬼)', '(?:what|how|why)\\b'];
// A complaint's rhetorical question states what it protests: "额度从5万降到5千是什么操作？", "凭什么把我额度降了？".
export const PROTESTS = ['什么操作|啥操作|什么鬼|凭什么(?!说|讲|认为)'];
// A chat's or a call's speaker label (客服：, 坐席：, Agent:): what follows a question answers the user who asked it.
// Not an FAQ's 答： or A: (./mentions.ts FAQ_LINE).
export const AGENT_LABELS = [
  '(?:客服|坐席|人工客服|在线客服|客户经理|工作人员|专员|小蚂答)',
  '\\b(?:agent|rep|representative|advisor|adviser|staff|officer|support)',
];
// A clause asking which of two: "是被关了还是系统问题？", "closed, or just unavailable?".
export const OR_QUESTION = ['还是|或者', '\\bor\\b'];
// Before a match in its clause: the cause of another status ("因您的账户存在风险，我行已…销卡", "blocked because …").
export const CAUSE_MARKERS = ['因为|因|由于|鉴于', '\\b(?:because|due to|as a result of|owing to)\\b'];
// Directly before a usable state said as a prospect: "还清后可恢复使用", "结清后将自动解冻", "要求解冻".
// "请尽快还款解除冻结": an instruction, up to four characters before the recovery.
// "之后想用可在钱包页重新开通": what the user may do somewhere, up to four characters before the recovery.
export const PROSPECTS = [
  '(?:后|将|会|可申请|才能|方可|即可|请|要求|希望|申请|可在|可到|可去|可以在)[^,.]{0,4}',
  '\\b(?:will|would|can|to)\\s[^,.]{0,3}',
];
// Right before a recovery after a prospect's cue: it happened ("还清之后今天再看已经恢复了", "调整后今天又恢复成").
export const DONE_TIMES = ['今天|现在|终于|又|如今|昨天|刚刚|刚才'];
// Directly before a fault: a past episode ("您的授信额度曾于11月暂停使用"), not the line now.
export const PAST = ['曾(?:经)?(?:于[^,.!?;\\n]{1,10}?)?(?:被|已)?'];
// Directly after a recovery: a time, not a fact ("解冻后额度以系统重新评估为准", "恢复之后"); not English
// "after" ("unfrozen after our review" states the recovery).
export const RECOVERY_TIMES = ['后(?!续|台)|之后|以后'];
// Directly after a recovery not said as done: what the user must do for it ("解冻请联系客服", "恢复使用需还清欠款",
// "解冻申请已提交", "您正在办理信用卡解冻业务"), not a fact.
export const RECOVERY_STEPS = ['请|需|须|要|的话|方法|办法|流程|条件|入口|申请|业务|手续'];
// Directly before an amount: marketing ("最高可借20万"), not the user's line.
export const MARKETING = ['最高|最多|高达|预估|预计|测一测', 'up to\\s?|estimated\\s?'];
