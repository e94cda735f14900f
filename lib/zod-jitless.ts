// Imported first by every extension entry point. Zod decides at schema construction whether it may
// compile validators with `new Function`; extension pages forbid eval by CSP and content scripts must
// not trip a page's CSP reports, so turn the compiler (and its eval probe) off before any schema exists.
import { config } from 'zod/mini';

config({ jitless: true });
