// Every source the knowledge base cites, with its reliability level from
// ../shared/domain/facts.md (✅ confirmed, 🟡 reported, ⚠️ unverified). Items
// refer to these constants so a level is decided in one place.
import type { Source } from '../types';

const confirmed = (ref: string): Source => ({ ref, level: 'confirmed' });
const reported = (ref: string): Source => ({ ref, level: 'reported' });
const unverified = (ref: string): Source => ({ ref, level: 'unverified' });

export const SRC = {
  // Laws (facts.md §4), text read from LawRefBook/Laws.
  pipl24: confirmed('PIPL Art. 24(3)'),
  pipl45: confirmed('PIPL Art. 45'),
  pipl46: confirmed('PIPL Art. 46'),
  pipl48: confirmed('PIPL Art. 48'),
  pipl50: confirmed('PIPL Art. 50'),
  credit16: confirmed('征信业管理条例 Art. 16'),
  credit17: confirmed('征信业管理条例 Art. 17'),
  credit25: confirmed('征信业管理条例 Art. 25'),
  credit26: confirmed('征信业管理条例 Art. 26'),
  civil1029: confirmed('民法典 Art. 1029'),
  consumer8: confirmed('消费者权益保护法 Art. 8'),
  // facts.md §3.2: the 15/30/60-day content is confirmed, the article number is not.
  cbirc2020: confirmed('CBIRC Order 2020 No. 3 (article number unconfirmed), facts.md §3.2'),
  // Announcements and news (facts.md §2.3, §3.3, §5, §6).
  nfra2024: confirmed('NFRA/PBOC/CSRC Announcement 2024 No. 1, facts.md §3.3'),
  platform2024: confirmed('Xinhua 2024-05-11 (金融消费者保护服务平台), facts.md §3.3'),
  nfraAgents: confirmed('NFRA risk warning 2024-05-14, facts.md §3.3'),
  crc2023: confirmed('CRC statement 2023-05-12, facts.md §3.3 §5'),
  repair2025: confirmed('PBOC one-time credit repair 2025-12-22, facts.md §5'),
  extraReports: reported('NetEase 2025-12-22 (extra free reports), facts.md §5'),
  ant2021: confirmed('PBOC on Ant restructuring 2021-04-12, facts.md §2.3'),
  brandSplit: confirmed('北京商报 2021-11 (借呗 brand isolation), facts.md §2.3'),
  taxLoans: confirmed('China Taxation 2023-07 (银税互动), facts.md §6'),
  guarantee2025: confirmed('财金〔2025〕11号, facts.md §6'),
  sme2024: confirmed('小微企业融资协调工作机制 2024-10, facts.md §6'),
  inclusive: reported('普惠小微贷款 data 2025-02, facts.md §6'),
  startupLoans: reported('创业担保贷款 local rules, facts.md §6'),
  receivables: reported('中征应收账款融资服务平台, facts.md §6'),
  // Secondary sources for causes (facts.md §2.1–2.2, §7, §8).
  dynamicLine: reported('facts.md §2.1'),
  causes: reported('facts.md §2.2'),
  complaints: reported('facts.md §7'),
  glossary: reported('facts.md §8'),
  alipay95188: reported('95188, facts.md §3.1'),
  wording: reported('facts.md §9'),
  misjudgment: unverified('facts.md §2.2 (系统误判: no lender admission)'),
  seedOnly: unverified('seed article only; not in facts.md §2.2'),
} as const;
