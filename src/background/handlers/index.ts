// The worker's handlers, one per message type (src/shared/messages.ts MESSAGES),
// listed explicitly and sorted. `satisfies Handlers` makes a missing, extra or
// mismatched entry a type error; test/meta/messages.test.ts checks that each
// entry is the file named after its type.
import type { Handlers } from '../define-handler';
import extAppeal from './ext/appeal';
import extCaseGet from './ext/case-get';
import extCaseList from './ext/case-list';
import extCaseStart from './ext/case-start';
import extCaseUpdate from './ext/case-update';
import extDiagnose from './ext/diagnose';
import extNoteAdd from './ext/note-add';
import extPickerInsert from './ext/picker-insert';
import extPickerMenu from './ext/picker-menu';
import extSiteAdd from './ext/site-add';
import extSiteList from './ext/site-list';
import extSiteRemove from './ext/site-remove';
import extTabStatus from './ext/tab-status';
import pageDismiss from './page/dismiss';
import pageOpenChecklist from './page/open-checklist';
import pageOpenPicker from './page/open-picker';
import pageReading from './page/reading';
import pageSaveExhibit from './page/save-exhibit';

export const HANDLERS = {
  'ext/appeal': extAppeal,
  'ext/case-get': extCaseGet,
  'ext/case-list': extCaseList,
  'ext/case-start': extCaseStart,
  'ext/case-update': extCaseUpdate,
  'ext/diagnose': extDiagnose,
  'ext/note-add': extNoteAdd,
  'ext/picker-insert': extPickerInsert,
  'ext/picker-menu': extPickerMenu,
  'ext/site-add': extSiteAdd,
  'ext/site-list': extSiteList,
  'ext/site-remove': extSiteRemove,
  'ext/tab-status': extTabStatus,
  'page/dismiss': pageDismiss,
  'page/open-checklist': pageOpenChecklist,
  'page/open-picker': pageOpenPicker,
  'page/reading': pageReading,
  'page/save-exhibit': pageSaveExhibit,
} as const satisfies Handlers;
