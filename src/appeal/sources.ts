// The legal and fact-sheet sources the templates' own wording rests on. Every
// template lists the ones it uses (meta-test: every template has sources), and
// renderAppeal returns them with the text so the UI can show them.
import type { Source } from './types';

// PIPL Art. 24(3): a person may ask for an explanation of an automated decision
// with significant impact and may refuse a decision made solely by automated
// means. Art. 73(2) counts credit evaluation as automated decision-making.
// facts.md §4.1 warns that a line closure being "significant impact" is an
// argument, so the templates phrase it as a request, never as a breach.
export const PIPL_24_3: Source = { ref: '《个人信息保护法》第二十四条第三款 / PIPL Art. 24(3) (facts.md §4.1)', level: 'confirmed' };
export const PIPL_45: Source = { ref: '《个人信息保护法》第四十五条 / PIPL Art. 45: access and copy (facts.md §4.1)', level: 'confirmed' };
export const PIPL_46: Source = { ref: '《个人信息保护法》第四十六条 / PIPL Art. 46: correction (facts.md §4.1)', level: 'confirmed' };
export const PIPL_48: Source = {
  ref: '《个人信息保护法》第四十八条 / PIPL Art. 48: explanation of processing rules (facts.md §4.1)',
  level: 'confirmed',
};
export const PIPL_50: Source = {
  ref: '《个人信息保护法》第五十条 / PIPL Art. 50: reasons for a refusal (facts.md §4.1)',
  level: 'confirmed',
};

// 征信业管理条例 Art. 25: objection, marking, check and written reply within 20
// days; Art. 26: complaint to the PBOC branch, written reply within 30 days.
export const CREDIT_25: Source = {
  ref: '《征信业管理条例》第二十五条 / Credit Reporting Regulation Art. 25: 20-day written reply (facts.md §4.2)',
  level: 'confirmed',
};
export const CREDIT_26: Source = {
  ref: '《征信业管理条例》第二十六条 / Credit Reporting Regulation Art. 26: PBOC branch, 30 days (facts.md §4.2)',
  level: 'confirmed',
};

// The 15-day complaint decision (extendable to 30, then a further 30) is
// confirmed in content, but the article number is not, and whether consumer
// finance companies fall under the Measures directly is unconfirmed
// (facts.md §3.2). So the text asks for a reply within 15 days and never cites
// an article number or says the lender "must".
export const CBIRC_2020_3: Source = {
  ref: '《银行业保险业消费投诉处理管理办法》(CBIRC Order 2020 No. 3): decide within 15 days, extendable; article number not confirmed (facts.md §3.2)',
  level: 'confirmed',
};

export const NFRA_CHANNELS: Source = {
  ref: 'NFRA 12378 and 金融消费者保护服务平台 (2024 joint Announcement No. 1; Xinhua 2024-05-11) (facts.md §3.3)',
  level: 'confirmed',
};

export const CRC_OFFICIAL: Source = {
  ref: '征信中心 official site www.pbccrc.org.cn and ipcrs.pbccrc.org.cn (CRC statement 2023-05-12) (facts.md §3.3, §5)',
  level: 'confirmed',
};

export const HEIMAO_PLATFORM: Source = {
  ref: '黑猫投诉 tousu.sina.com.cn: a commercial complaint platform run by Sina, not a regulator (facts.md §3.3)',
  level: 'reported',
};

// Lender customer-service paths and numbers are 🟡 at best (facts.md §3.1).
export const LENDER_CHANNELS: Source = {
  ref: 'Lender customer-service paths (支付宝 95188 🟡; 微粒贷 95384 🟡; JD numbers unverified) (facts.md §3.1)',
  level: 'reported',
};
