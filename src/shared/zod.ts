// The one door to zod for the whole extension.
//
// We use `zod/mini` (about 7.7 KB gzip, see docs/testing.md#sizes) rather
// than classic zod (about 25 KB and it contains a `new Function` fast path that
// addons-linter flags as DANGEROUS_EVAL). `jitless` is set before any schema is
// built so that no code generation is attempted under the MV3 extension CSP,
// which forbids 'unsafe-eval' (a blocked probe would also be reported as a
// securitypolicyviolation).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
