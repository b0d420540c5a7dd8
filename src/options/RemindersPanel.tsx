// Deadline reminders: the worker's daily alarm (src/background/reminders.ts)
// shows at most one notification per case per day once the optional
// `notifications` permission is granted. The permission is asked for here, from
// the user's click, and only then (README.md#the-case-file "permission asked when first needed").
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from '../shared/browser';
import { t } from '../shared/i18n';
import { diagnose } from '../rules/index';
import { factsFromCase } from '../rules/case-facts';
import { listCases, listExhibits } from '../storage/index';
import { database, errorText, pick } from './connection';
import { localDay, nextReminder, routeHash } from './model';
import { daysLeftLabel, deadlineStateLabel } from './labels';
import type { Shell } from './shell';

const PERMISSION: Browser.Permissions.Permissions = { permissions: ['notifications'] };

export function RemindersPanel({ shell }: { shell: Shell }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  const [next, setNext] = useState<ReturnType<typeof nextReminder> | null>(null);

  useEffect(() => {
    void browser.permissions.contains(PERMISSION).then(setGranted, () => setGranted(false));
    void (async () => {
      try {
        const db = await database();
        const day = localDay();
        const { items } = await listCases(db);
        const perCase = await Promise.all(
          items.map(async (theCase) => ({
            theCase,
            deadlines: diagnose(factsFromCase(theCase, day, (await listExhibits(db, theCase.id)).items)).deadlines,
          })),
        );
        setNext(nextReminder(perCase));
      } catch (e) {
        shell.failed(e);
        setError(errorText(e));
      }
    })();
  }, []);

  const toggle = async (on: boolean): Promise<void> => {
    setError('');
    try {
      // request() must run inside the click's user gesture: call it first.
      const ok = on ? await browser.permissions.request(PERMISSION) : !(await browser.permissions.remove(PERMISSION));
      setGranted(ok);
      if (on && !ok) setError(t('optionsRemindersDenied'));
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section aria-labelledby="reminders-heading" class="card">
      <h3 id="reminders-heading">{t('optionsRemindersHeading')}</h3>
      <p class="muted">{t('optionsRemindersExplain')}</p>
      <label class="options-check">
        <input
          type="checkbox"
          data-testid="reminders-toggle"
          checked={granted === true}
          disabled={granted === null}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />
        <span>{t('optionsRemindersToggle')}</span>
      </label>
      {error && (
        <p class="err" role="alert">
          {error}
        </p>
      )}
      <p data-testid="next-reminder">
        {next === null ? (
          t('popupLoading')
        ) : next === undefined ? (
          t('optionsNoReminder')
        ) : (
          <>
            {t('optionsNextReminder')} <a href={routeHash({ view: 'case', id: next.theCase.id })}>{next.theCase.title}</a>
            {` · ${pick(next.step.title)} · ${deadlineStateLabel(next.step.state)} ${daysLeftLabel(next.step.daysLeft)} · ${pick(next.step.next)}`}
          </>
        )}
      </p>
    </section>
  );
}
