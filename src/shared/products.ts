// Credit products Reopen knows about, with the lender of record where
// docs/sources.md#ant-2021 establishes it. Plain data (no zod) so the content
// script can use it. `group` ties products whose overdue on one can affect the
// other (docs/sources.md#causes: 花呗 or 备用金 overdue affecting 借呗).
import type { Bilingual } from './bilingual';

export const PRODUCTS = [
  'jiebei', // 借呗 — 重庆蚂蚁消费金融有限公司 (docs/sources.md#ant-2021, ✅ news)
  'huabei', // 花呗 — 重庆蚂蚁消费金融有限公司 (docs/sources.md#desktop-pages, docs/sources.md#ant-2021)
  'xinyongdai', // 信用贷 page in 支付宝: bank-funded, the page names the bank (docs/sources.md#ant-2021 ✅)
  'wangshangdai', // 网商贷 — a business loan offered to merchants (docs/sources.md#causes 🟡)
  'weilidai', // 微粒贷 — 微众银行 WeBank (docs/sources.md#desktop-pages)
  'jd-baitiao', // 京东白条
  'jd-jintiao', // 京东金条
  'meituan', // 美团借钱 / 美团月付
  'duxiaoman', // 度小满 有钱花
  'jietiao360', // 360借条
  'bank-card', // a bank credit card (商业银行信用卡业务监督管理办法 Art. 50, docs/sources.md#line-cut-rules)
  'other',
] as const;

export type Product = (typeof PRODUCTS)[number];

export const PRODUCT_GROUP: Record<Product, string> = {
  jiebei: 'ant',
  huabei: 'ant',
  xinyongdai: 'ant',
  wangshangdai: 'ant',
  weilidai: 'webank',
  'jd-baitiao': 'jd',
  'jd-jintiao': 'jd',
  meituan: 'meituan',
  duxiaoman: 'duxiaoman',
  jietiao360: '360',
  'bank-card': 'bank',
  other: 'other',
};

export const isProduct = (value: unknown): value is Product => typeof value === 'string' && (PRODUCTS as readonly string[]).includes(value);

/** Product names as users know them (zh, en); shown in the popup, evidence lines and appeal text. */
export const PRODUCT_LABEL: Record<Product, Bilingual> = {
  jiebei: { zh: '借呗', en: 'Jiebei' },
  huabei: { zh: '花呗', en: 'Huabei' },
  xinyongdai: { zh: '信用贷', en: 'Xinyongdai' },
  wangshangdai: { zh: '网商贷', en: 'Wangshangdai' },
  weilidai: { zh: '微粒贷', en: 'Weilidai' },
  'jd-baitiao': { zh: '京东白条', en: 'JD Baitiao' },
  'jd-jintiao': { zh: '京东金条', en: 'JD Jintiao' },
  meituan: { zh: '美团借钱/月付', en: 'Meituan' },
  duxiaoman: { zh: '度小满', en: 'Du Xiaoman' },
  jietiao360: { zh: '360借条', en: '360 Jietiao' },
  'bank-card': { zh: '银行信用卡', en: 'bank credit card' },
  other: { zh: '其他产品', en: 'other product' },
};
