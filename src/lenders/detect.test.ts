import { describe, expect, it } from 'vitest';
import { detectStatus, normalizeText, parseChineseNumber } from './detect';
import type { Status } from '../shared/status';

const statusOf = (text: string): Status => detectStatus(text).status;

describe('normalizeText', () => {
  it('folds full-width letters, digits and punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３，：')).toBe('ABC123,:');
  });
  it('removes spaces and line breaks between CJK only when they are spaces', () => {
    expect(normalizeText('额度 已 关闭')).toBe('额度已关闭');
    expect(normalizeText('额度 已\n关闭')).toBe('额度已\n关闭');
    expect(normalizeText('  credit   line\t closed ')).toBe('credit line closed');
    expect(normalizeText('a \n\n  b')).toBe('a\nb');
  });
  it('maps the dictionary characters from traditional to simplified', () => {
    expect(normalizeText('額度已關閉，帳戶凍結，暫停使用，綜合評估')).toBe('额度已关闭,账户冻结,暂停使用,综合评估');
  });
  it('drops zero-width characters planted inside phrases', () => {
    expect(normalizeText('额\u200b度已\u200d关\ufeff闭')).toBe('额度已关闭');
  });
  it('keeps numbers and the ideographic space', () => {
    expect(normalizeText('额度\u3000从 5,000 元')).toBe('额度从5,000元');
  });
});

describe('parseChineseNumber', () => {
  it.each([
    ['六', 6],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['两万', 20000],
    ['三千五百', 3500],
    ['一万二千', 12000],
    ['半', 0.5],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });
});

describe('detectStatus: one status per phrasing', () => {
  const cases: [Status, string][] = [
    ['closed', '您的借呗额度已关闭'],
    ['closed', '额度已被关闭，现有借款仍按合同还款'],
    ['closed', '你当前暂无借呗额度'],
    ['closed', '暂无额度'],
    ['closed', '借呗已被关了'],
    ['closed', '状态：额度关闭'],
    ['closed', 'Your credit line has been closed.'],
    ['closed', 'No available credit line'],
    ['frozen', '花呗已冻结'],
    ['frozen', '花呗逾期冻结，请尽快还款'],
    ['frozen', '账户冻结中'],
    ['frozen', 'Your account has been frozen.'],
    ['suspended', '花呗已暂停使用'],
    ['suspended', '暂停服务'],
    ['suspended', '借呗已暂停'],
    ['suspended', 'Service has been temporarily suspended.'],
    ['reduced', '您的额度已调降'],
    ['reduced', '花呗额度降低'],
    ['reduced', '额度下调'],
    ['reduced', 'Your credit limit has been reduced.'],
    ['declined', '蚂蚁借呗申请经综合评估暂未通过'],
    ['declined', '综合评估未通过'],
    ['declined', '综合评分不足'],
    ['declined', '信用评估未通过'],
    ['declined', '综合评估暂时无法使用'],
    ['declined', 'Your application was declined.'],
    ['declined', 'You did not pass the overall assessment.'],
    ['cooling_off', '请6个月后再试'],
    ['cooling_off', '借呗让我3个月以后再试'],
    ['cooling_off', '六个月以后再来'],
    ['cooling_off', '十二个月后再申请'],
    ['cooling_off', '30天后再试'],
    ['cooling_off', '6个月内无法再次申请'],
    ['cooling_off', 'Please try again in 6 months.'],
    ['security_risk', '您的账户存在风险'],
    ['security_risk', '借呗安全风险'],
    ['security_risk', 'We detected a security risk on your account.'],
    ['unavailable', '当前无法使用'],
    ['unavailable', '微粒贷暂时无法提供服务'],
    ['unavailable', 'This service is temporarily unavailable.'],
    ['brand_split', '信用贷 由 XX银行 提供，借款合同与银行签订'],
    ['brand_split', 'Credit loans on this page are provided by partner banks.'],
    ['merchant_switch', '我的借呗变成了网商贷'],
    ['merchant_switch', '借呗已升级为网商贷'],
    ['merchant_switch', 'MYbank loan offered instead of Jiebei'],
    ['user_locked', '白条已锁定'],
    ['user_locked', '您已锁定白条，可在设置中解锁'],
    ['user_locked', 'Baitiao is locked'],
    ['normal', '花呗 可用额度 3,200.00'],
    ['normal', '可用额度：￥8,000.00 总额度：￥10,000.00'],
    ['normal', '额度状态：正常'],
    ['normal', 'Available credit: ¥5,000'],
  ];
  it.each(cases)('%s ← %s', (status, text) => {
    const result = detectStatus(text);
    expect(result.status).toBe(status);
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(e.length).toBeLessThanOrEqual(120);
  });

  it('finds nothing in unrelated text', () => {
    expect(detectStatus('欢迎使用支付宝。今天天气不错。')).toEqual({ status: 'unknown', evidence: [] });
    expect(detectStatus('')).toEqual({ status: 'unknown', evidence: [] });
  });

  it('does not take a zero or masked available amount as a live line', () => {
    expect(statusOf('可用额度 0.00')).toBe('unknown');
    expect(statusOf('可用额度 ****')).toBe('unknown');
  });
});

describe('detectStatus: robustness', () => {
  it('reads full-width forms', () => {
    expect(statusOf('额度已关闭，请６个月后再试')).toBe('cooling_off');
    expect(detectStatus('可用额度：１，２００').status).toBe('normal');
  });
  it('reads phrases broken by spaces and line breaks', () => {
    expect(statusOf('额度 已\n关闭')).toBe('closed');
    expect(statusOf('花\n呗\n已\n冻\n结')).toBe('frozen');
    expect(detectStatus('额度 已\n关闭').evidence).toEqual(['额度已关闭']);
  });
  it('reads text split across elements, whatever the separator', () => {
    for (const sep of ['', '\n', ' ', '\n\n  ']) {
      expect(statusOf(['额度', '已', '关闭'].join(sep))).toBe('closed');
      expect(statusOf(['白条', '已锁定'].join(sep))).toBe('user_locked');
    }
  });
  it('reads traditional characters', () => {
    expect(statusOf('額度已關閉')).toBe('closed');
    expect(statusOf('花唄已凍結')).toBe('frozen');
    expect(statusOf('已暫停使用')).toBe('suspended');
    expect(statusOf('經綜合評估暫未通過')).toBe('declined');
    expect(detectStatus('請6個月後再試').months).toBe(6);
    expect(statusOf('帳戶存在風險')).toBe('security_risk');
  });
  it('reads Chinese and Arabic month counts', () => {
    expect(detectStatus('请6个月后再试').months).toBe(6);
    expect(detectStatus('六个月后再试').months).toBe(6);
    expect(detectStatus('十二个月后再试').months).toBe(12);
    expect(detectStatus('3个月之后重新申请').months).toBe(3);
    expect(detectStatus('半年后再试').months).toBe(6);
    expect(detectStatus('一年后再申请').months).toBe(12);
    expect(detectStatus('Try again in six months').months).toBe(6);
    expect(detectStatus('reapply after 12 months').months).toBe(12);
    const days = detectStatus('30天后再试');
    expect(days.status).toBe('cooling_off');
    expect(days.months).toBeUndefined();
  });
  it('reads amounts with separators, units and Chinese numerals', () => {
    expect(detectStatus('额度从5,000元降至2,000元')).toMatchObject({ status: 'reduced', limitBefore: 5000, limitAfter: 2000 });
    expect(detectStatus('額度由 1.2万 调整为 3000')).toMatchObject({ status: 'reduced', limitBefore: 12000, limitAfter: 3000 });
    expect(detectStatus('我的花呗5千突然降到了2千')).toMatchObject({
      status: 'reduced',
      limitBefore: 5000,
      limitAfter: 2000,
      product: 'huabei',
    });
    expect(detectStatus('花呗额度从五千降到两千')).toMatchObject({ limitBefore: 5000, limitAfter: 2000 });
    expect(detectStatus('额度从¥8,000.50下调至¥1,000')).toMatchObject({ limitBefore: 8000.5, limitAfter: 1000 });
    expect(detectStatus('Your limit was cut from 5,000 to 2,000 yuan')).toMatchObject({
      status: 'reduced',
      limitBefore: 5000,
      limitAfter: 2000,
    });
  });
  it('a raised line is not a reduction', () => {
    expect(statusOf('额度从2000元调整为5000元')).toBe('normal');
  });
  it('renders no payload: evidence is plain text from the input', () => {
    const r = detectStatus('额度已关闭<img src=x onerror="window.__xssFired=1">');
    expect(r.status).toBe('closed');
    expect(r.evidence[0]).toContain('额度已关闭');
  });
  it('handles 200 KB of text with the status deep inside', () => {
    const filler = '这是普通的页面文字，和额度无关。'.repeat(12_500);
    const text = `${filler.slice(0, 100_000)}\n花呗已冻结\n${filler.slice(0, 100_000)}`;
    expect(text.length).toBeGreaterThan(200_000);
    expect(detectStatus(text).status).toBe('frozen');
  });
  it('survives pathological whitespace and repetition', () => {
    expect(statusOf(`${' '.repeat(100_000)}额度已关闭${'\t'.repeat(100_000)}`)).toBe('closed');
    const many = detectStatus('额度已关闭。'.repeat(20_000));
    expect(many.status).toBe('closed');
    expect(many.evidence).toEqual(['额度已关闭']);
  });
});

describe('detectStatus: refinements and conflicts', () => {
  it('cooling_off refines a decline and carries the months', () => {
    const r = detectStatus('经综合评估暂未通过，请6个月后再试');
    expect(r).toMatchObject({ status: 'cooling_off', months: 6 });
    expect(r.evidence.join(' ')).toContain('暂未通过');
  });
  it('a specific status refines a generic "unavailable"', () => {
    expect(statusOf('花呗已冻结\n当前无法使用')).toBe('frozen');
    expect(statusOf('账户存在风险，借呗已暂停使用')).toBe('security_risk');
    expect(statusOf('白条已锁定，暂时无法使用')).toBe('user_locked');
  });
  it('a reduction with the new available amount is a reduction', () => {
    expect(detectStatus('额度已调降\n可用额度 2,000.00')).toMatchObject({ status: 'reduced' });
    expect(detectStatus('额度从5,000元降至2,000元\n可用额度 2,000.00')).toMatchObject({ status: 'reduced', limitAfter: 2000 });
  });
  it('a reduction phrase next to a rise is a conflict', () => {
    expect(statusOf('额度已调降\n额度从2000元调整为5000元')).toBe('unknown');
  });
  it('a merchant switch explains a closed 借呗', () => {
    expect(statusOf('借呗已关闭\n借呗已切换为网商贷')).toBe('merchant_switch');
  });
  it('a fault on a 信用贷 page is the fault, not the page', () => {
    expect(statusOf('信用贷由XX银行提供\n暂无额度')).toBe('closed');
  });
  it('closed next to a positive available amount is unknown, with both snippets', () => {
    const r = detectStatus('借呗已关闭\n可用额度 5,000.00');
    expect(r.status).toBe('unknown');
    expect(r.evidence).toEqual(['借呗已关闭', '可用额度5,000.00']);
  });
  it('two strong faults are unknown', () => {
    const r = detectStatus('额度已关闭\n账户已冻结');
    expect(r.status).toBe('unknown');
    expect(r.evidence).toHaveLength(2);
  });
  it('a bare verb loses to a strong phrase of another status', () => {
    expect(statusOf('花呗额度已冻结\n自动扣款已关闭')).toBe('frozen');
  });
  it('weak-only conflicts stay unknown', () => {
    expect(statusOf('已关闭\n已冻结')).toBe('unknown');
  });
  it('product option drops signals about another product', () => {
    const text = '借呗已关闭\n花呗可用额度 5,000.00';
    expect(statusOf(text)).toBe('unknown');
    expect(detectStatus(text, { product: 'huabei' }).status).toBe('normal');
    expect(detectStatus(text, { product: 'jiebei' })).toMatchObject({ status: 'closed', product: 'jiebei' });
  });
  it('different waiting periods keep cooling_off but drop the months', () => {
    const r = detectStatus('请3个月后再试\n请6个月后再试');
    expect(r.status).toBe('cooling_off');
    expect(r.months).toBeUndefined();
  });
});

describe('detectStatus: questions, advice and negations are not a status', () => {
  it.each([
    '如何避免额度被关闭',
    '额度关闭怎么办',
    '借呗额度已关闭，怎么办？',
    '为什么我的借呗已关闭？',
    '为什么告诉我六个月以后再来',
    '花呗冻结了怎么解冻',
    '借呗额度降低了怎么办',
    '综合评估未通过是什么原因',
    '额度被关闭后怎么还款',
    '额度被关闭的原因有哪些',
    '如果逾期，额度将被冻结。',
    '一旦逾期，花呗会被冻结',
    '您的花呗未被冻结',
    '白条没有被锁定',
    '如何解除锁定白条',
    '谨防诈骗，注意账户安全风险',
    '可用额度5000怎么突然没了？',
    'How to avoid your credit line being closed',
    'Why was my account frozen?',
    'What happens if my application was declined?',
  ])('%s', (text) => {
    expect(detectStatus(text)).toEqual({ status: 'unknown', evidence: [] });
  });

  it('keeps the status on a page that also carries an FAQ', () => {
    const page = ['常见问题', '额度关闭怎么办？', '如何避免额度被冻结', '我的额度', '您的借呗额度已关闭', '如有疑问请联系客服'].join('\n');
    expect(detectStatus(page)).toMatchObject({ status: 'closed', evidence: ['您的借呗额度已关闭'] });
  });
  it('a status sentence followed by a plain prompt still counts', () => {
    expect(statusOf('您的借呗已关闭，是否前往还款？')).toBe('closed');
    expect(statusOf('温馨提示：您的额度已冻结')).toBe('frozen');
    expect(statusOf('您的借呗已关闭，若有疑问请联系客服')).toBe('closed');
  });
});
