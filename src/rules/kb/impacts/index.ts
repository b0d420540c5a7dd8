// "What this means for you" (the seed article's impacts, in plain words and with sources), one file per item,
// id === filename, sorted by id (kb.test.ts checks); `order` places each in the block.
import type { ImpactDef } from '../../types';
import businessReputation from './business-reputation';
import creditRecord from './credit-record';
import financingAccess from './financing-access';
import reportedByAnt from './reported-by-ant';
import xinyongdaiOffers from './xinyongdai-offers';

export const IMPACTS: readonly ImpactDef[] = [businessReputation, creditRecord, financingAccess, reportedByAnt, xinyongdaiOffers];
