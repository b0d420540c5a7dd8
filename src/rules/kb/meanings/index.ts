// What each status usually means (docs/sources.md#status-wording), one file per status, id === filename === the
// status (src/shared/status.ts). Registry sorted by id (kb.test.ts checks): every status has one.
import type { MeaningDef } from '../../types';
import brandSplit from './brand_split';
import closed from './closed';
import coolingOff from './cooling_off';
import declined from './declined';
import frozen from './frozen';
import merchantSwitch from './merchant_switch';
import normal from './normal';
import reduced from './reduced';
import securityRisk from './security_risk';
import suspended from './suspended';
import unavailable from './unavailable';
import unknown from './unknown';
import userLocked from './user_locked';

export const MEANINGS: readonly MeaningDef[] = [
  brandSplit,
  closed,
  coolingOff,
  declined,
  frozen,
  merchantSwitch,
  normal,
  reduced,
  securityRisk,
  suspended,
  unavailable,
  unknown,
  userLocked,
];
