// How every extension page names a source's level and links to its entry on
// the Sources page. Levels follow docs/sources.md#reliability: ✅ stated as
// fact; 🟡 shown with its source and softer words; ⚠️ never as fact.
import type { Level } from '../rules/types';
import { t } from '../shared/i18n';

export const LEVEL_MARK: Record<Level, string> = { confirmed: '✅', reported: '🟡', unverified: '⚠️' };

const LEVEL: Record<Level, () => string> = {
  confirmed: () => t('popupLevelConfirmed'),
  reported: () => t('popupLevelReported'),
  unverified: () => t('popupLevelUnverified'),
};
export const levelLabel = (l: Level): string => LEVEL[l]();

/** The Sources page (src/sources/index.html), as built into the package. */
export const SOURCES_PAGE = '/src/sources/index.html';

/** The address of one source's entry on the Sources page: its id is the anchor. */
export const sourceHref = (id: string): string => `${SOURCES_PAGE}#${encodeURIComponent(id)}`;
