// "Paste the text instead": for a browser where the engine cannot run, an
// image it cannot read, or a user who would rather copy the app's text. The
// text is read exactly as a screenshot's (screenshot-facts.ts); with no image
// there is no screenshot exhibit to keep, so it can start a case.
import type { Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { newCase } from '../shared/case';
import { t } from '../shared/i18n';
import { PRODUCT_LABEL } from '../shared/products';
import { STATUS_LABEL } from '../shared/status';
import { createCase } from '../storage/index';
import { database, errorText, pick } from './connection';
import { screenshotFacts } from './screenshot-facts';
import { ShotFacts } from './ShotFacts';
import { ShotText } from './ShotText';
import type { Shell } from './shell';

export function PastedText({ textarea, shell }: { textarea: Ref<HTMLTextAreaElement>; shell: Shell }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const facts = useMemo(() => screenshotFacts(text), [text]);

  const start = async (): Promise<void> => {
    setError('');
    try {
      const title = [facts.product ? pick(PRODUCT_LABEL[facts.product]) : t('shotCaseTitle'), pick(STATUS_LABEL[facts.status])].join(' · ');
      const draft = newCase(
        { title, ...(facts.product ? { product: facts.product } : {}), ...(facts.status !== 'unknown' ? { status: facts.status } : {}) },
        crypto.randomUUID(),
        new Date().toISOString(),
      );
      await createCase(await database(), draft);
      shell.go({ view: 'case', id: draft.id });
    } catch (e) {
      shell.failed(e);
      setError(errorText(e));
    }
  };

  return (
    <section class="card" aria-labelledby="pasted-heading" data-testid="pasted-result" data-reopen-status={facts.status}>
      <h3 id="pasted-heading">{t('shotPasteHeading')}</h3>
      <ShotText id="pasted-text" label={t('shotPasteLabel')} text={text} evidence={facts.evidence} onInput={setText} textarea={textarea} />
      {text.trim() && (
        <>
          <ShotFacts facts={facts} />
          <button type="button" data-testid="pasted-new-case" onClick={() => void start()}>
            {t('shotPastedNewCase')}
          </button>
        </>
      )}
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
