import type { Candidate } from '../../shared/errors.js';

/** The outcome of a forgiving lookup by name. */
export type Lookup<T> =
  | { kind: 'found'; item: T }
  | { kind: 'ambiguous'; candidates: Candidate[] }
  | { kind: 'none' };
