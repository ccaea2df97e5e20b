import type { Candidate } from '../../shared/errors.js';
import { escapeRegex, normalizeName } from '../../shared/text.js';
import type { Lookup } from '../shared/lookup.js';
import type { TenantScope } from './tenant-scope.js';

/**
 * Exact name, then the normalized key (case and accents ignored), then key prefix, then key contains.
 * The first step with exactly one hit wins; several hits are ambiguous. Every step filters on
 * `{tenantId, <keyField>}` so it is index-backed on MongoDB (the contains step scans only that index).
 */
export async function lookupByName<D>(
  scope: TenantScope<D>,
  query: string,
  toCandidate: (doc: D) => Candidate,
  opts: { keyField?: string; nameField?: string; extra?: Record<string, unknown>; limit?: number } = {},
): Promise<Lookup<D>> {
  const keyField = opts.keyField ?? 'nameKey';
  const nameField = opts.nameField ?? 'name';
  const extra = opts.extra ?? {};
  const limit = opts.limit ?? 10;
  const key = normalizeName(query);
  if (!key) return { kind: 'none' };
  const steps: Record<string, unknown>[] = [
    { [nameField]: query.trim() },
    { [keyField]: key },
    { [keyField]: { $regex: `^${escapeRegex(key)}` } },
    { [keyField]: { $regex: escapeRegex(key) } },
  ];
  for (const step of steps) {
    const hits = await scope.find({ ...extra, ...step }, { limit: limit + 1, sort: { [keyField]: 1 } });
    const [first] = hits;
    if (hits.length === 1 && first) return { kind: 'found', item: first };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.slice(0, limit).map(toCandidate) };
  }
  return { kind: 'none' };
}

/**
 * Typeahead: records whose normalized name starts with the text, then those containing it, sorted by
 * name, at most `limit`. An empty text lists the first names.
 */
export async function searchByName<D extends { _id: unknown }>(
  scope: TenantScope<D>,
  text: string,
  limit: number,
  extra: Record<string, unknown> = {},
  keyField = 'nameKey',
): Promise<D[]> {
  const key = normalizeName(text);
  const sort = { [keyField]: 1 as const };
  if (!key) return scope.find(extra, { sort, limit });
  const prefix = await scope.find(
    { ...extra, [keyField]: { $regex: `^${escapeRegex(key)}` } },
    { sort, limit },
  );
  if (prefix.length >= limit) return prefix;
  const seen = new Set(prefix.map((d) => String(d._id)));
  const contains = await scope.find({ ...extra, [keyField]: { $regex: escapeRegex(key) } }, { sort, limit });
  return [...prefix, ...contains.filter((d) => !seen.has(String(d._id)))].slice(0, limit);
}
