// The candidates detection looks for (README.md#on-the-page): every phrase set of
// ./phrases.ts, and the patterns whose numbers decide what they state (./numbers.ts):
// a waiting period, a positive available amount, a limit moving down or up.
import type { Product } from '../shared/products';
import type { Status } from '../shared/status';
import { type Span, compile } from './clauses';
import { AVAILABLE, COOLING, COOLING_UNTIMED, MOVE, MOVE_BACK, parseAmount, toMonths } from './numbers';
import { type Needs, PHRASES } from './phrases';

export interface Signal extends Span {
  status: Status;
  strong: boolean;
  recovery?: boolean;
  /** Said as the cause of another status ("因…存在风险，已销卡"): where its cause marker starts; it yields to that status. */
  cause?: number;
  /** An account-security check: it explains a hold even when said as its cause. */
  check?: boolean;
  /** 调整为: a change of the line, a cut unless its amounts rose. */
  adjusted?: boolean;
  /** A printed available amount (可借额度 ¥28,000): on screen whatever the line's state. */
  printed?: boolean;
  /** A notice's title (停卡通知：…): it names the notice's kind; a status its body states wins. */
  titled?: boolean;
  /** Its evidence line, once cut. */
  snippet?: string;
  product?: Product;
  months?: number;
  /** A wait with no period ("try again later"): a waiting period only after a decline. */
  untimed?: boolean;
  before?: number;
  after?: number;
}

export interface Pattern {
  status: Status;
  needs: Needs;
  re: RegExp;
  recovery?: true;
  adjusted?: true;
  check?: true;
  make?: (m: RegExpExecArray) => Partial<Signal> | null;
}

export const PATTERNS: Pattern[] = PHRASES.map((set) => ({
  status: set.status,
  needs: set.needs,
  re: compile(set.sources),
  ...(set.recovery ? { recovery: true as const } : {}),
  ...(set.adjusted ? { adjusted: true as const } : {}),
  ...(set.check ? { check: true as const } : {}),
}));

/** The groups of the branch that matched, for patterns whose branches all have `width` groups. */
const branch = (m: RegExpExecArray, width: number): (string | undefined)[] => {
  const g = m.slice(1);
  for (let k = 0; k + width <= g.length; k += width) if (g[k] !== undefined) return g.slice(k, k + width);
  return [];
};

/** A line moving from `before` to `after`: a cut is a reduction, a rise a live line. */
function moved(before: number | undefined, after: number | undefined): Partial<Signal> | null {
  if (before === undefined || after === undefined || before === after) return null;
  return after < before ? { before, after } : { status: 'normal', before, after };
}

PATTERNS.push(
  {
    status: 'cooling_off',
    needs: 'application',
    re: compile(COOLING),
    make: (m) => {
      const [num, unit] = branch(m, 2);
      const months = toMonths(num, unit);
      return months !== undefined ? { months } : {};
    },
  },
  {
    status: 'cooling_off',
    needs: 'application',
    re: compile(COOLING_UNTIMED),
    make: () => ({ untimed: true }),
  },
  {
    status: 'normal',
    needs: 'credit',
    re: compile(AVAILABLE),
    make: (m) => {
      const [num, unit] = branch(m, 2);
      const amount = parseAmount(num, unit);
      return amount !== undefined && amount > 0 ? { printed: true } : null;
    },
  },
  {
    status: 'reduced',
    needs: 'credit',
    re: compile(MOVE),
    make: (m) => {
      const [num1, unit1, num2, unit2] = branch(m, 4);
      return moved(parseAmount(num1, unit1), parseAmount(num2, unit2));
    },
  },
  {
    status: 'reduced',
    needs: 'credit',
    re: compile(MOVE_BACK),
    make: (m) => {
      const [num1, unit1, num2, unit2] = branch(m, 4);
      return moved(parseAmount(num2, unit2), parseAmount(num1, unit1));
    },
  },
);
