// What detection read from a screenshot's text, listed as for a web page:
// status, product, months, limits and the evidence lines (src/lenders/detect.ts).
import { t } from '../shared/i18n';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import { pick } from './connection';
import type { ScreenshotFacts } from './screenshot-facts';

const yuan = (n: number): string => n.toLocaleString('zh-CN');

export function ShotFacts({ facts }: { facts: ScreenshotFacts }) {
  return (
    <dl class="options-meta" data-testid="screenshot-facts">
      <dt>{t('shotDetected')}</dt>
      <dd data-testid="screenshot-detected">{facts.status === 'unknown' ? t('shotNoStatus') : pick(STATUS_LABEL[facts.status])}</dd>
      {facts.product && (
        <>
          <dt>{t('shotProduct')}</dt>
          <dd data-testid="screenshot-product" data-product={facts.product}>
            {pick(PRODUCT_LABEL[facts.product])}
          </dd>
        </>
      )}
      {facts.months !== undefined && (
        <>
          <dt>{t('shotMonths')}</dt>
          <dd data-testid="screenshot-months">{facts.months}</dd>
        </>
      )}
      {(facts.limitBefore !== undefined || facts.limitAfter !== undefined) && (
        <>
          <dt>{t('shotLimits')}</dt>
          <dd data-testid="screenshot-limits">
            {facts.limitBefore !== undefined ? yuan(facts.limitBefore) : '—'} →{' '}
            {facts.limitAfter !== undefined ? yuan(facts.limitAfter) : '—'}
          </dd>
        </>
      )}
      {facts.evidence.length > 0 && (
        <>
          <dt>{t('shotEvidence')}</dt>
          <dd>
            <ul data-testid="screenshot-evidence">
              {facts.evidence.map((e, i) => (
                <li key={i}>「{e}」</li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
