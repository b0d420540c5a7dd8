// The seed article's "what this means for you" and its four strategies, checked
// on what users read: for every status of every product with no answers, the
// block the popup's diagnosis view draws (whatThisMeans over the diagnosis, as
// src/popup/Impacts.tsx does) holds the seed's impacts — 2 for a personal user,
// 3 for a business owner — and the 4 strategies, by knowledge-base id.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/rules/diagnose';
import { STRATEGIES, whatThisMeans } from '../../src/rules/what-this-means';
import { PRODUCTS } from '../../src/shared/products';
import { STATUSES } from '../../src/shared/status';
import { DiagnosisSchema } from '../../src/shared/diagnosis';

const PERSONAL = ['credit-record', 'financing-access'];
const BUSINESS = [...PERSONAL, 'business-reputation'];
const WITH_STATUS = STATUSES.filter((s) => s !== 'normal');
const cases = PRODUCTS.flatMap((product) => WITH_STATUS.map((status) => [product, status] as const));

/** The block as the popup draws it: the diagnosis as it travels (stripped to its schema), then whatThisMeans. */
const block = (facts: Parameters<typeof diagnose>[0]) => whatThisMeans(DiagnosisSchema.parse(diagnose(facts)));
const seedIds = (b: ReturnType<typeof block>) => b.impacts.map((i) => i.id).filter((id) => BUSINESS.includes(id));

describe('what this means for you, for every status of every product', () => {
  it.each(cases)('%s / %s, no answers: the seed impacts for this user and the four strategies', (product, status) => {
    const b = block({ today: '2026-11-29', product, status: { status }, answers: {} });
    // A business product or status says the user runs a business (a 网商贷 line, a merchant switch).
    const business = product === 'wangshangdai' || status === 'merchant_switch';
    expect(seedIds(b).sort()).toEqual([...(business ? BUSINESS : PERSONAL)].sort());
    expect(b.strategies.map((s) => s.id)).toEqual([...STRATEGIES]);
    expect(b.now).toBeDefined();
    for (const i of b.impacts) expect(i.sources.length, i.id).toBeGreaterThan(0);
  });

  it.each(cases)('%s / %s, a business owner: three seed impacts', (product, status) => {
    const b = block({ today: '2026-11-29', product, status: { status }, answers: { q_business: 'owner' } });
    expect(seedIds(b).sort()).toEqual([...BUSINESS].sort());
    expect(b.strategies.map((s) => s.id)).toEqual([...STRATEGIES]);
  });

  it('a line that works gets no such block', () => {
    const b = block({ today: '2026-11-29', product: 'huabei', status: { status: 'normal' }, answers: {} });
    expect(b.impacts).toEqual([]);
  });
});
