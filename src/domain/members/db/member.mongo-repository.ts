import type { Connection } from 'mongoose';
import { localeFrom } from '../../../shared/i18n/translator.js';
import type { TenantId } from '../../../shared/tenant.js';
import { normalizeName } from '../../../shared/text.js';
import { lookupByName } from '../../db/name-lookup.js';
import { TenantScope } from '../../db/tenant-scope.js';
import type { Member, MemberPatch, Role } from '../member.js';
import type { MemberRepository } from '../member.repository.js';
import { type MemberDoc, memberModel } from './member.model.js';

export function toMember(d: MemberDoc): Member {
  return {
    id: String(d._id),
    platform: d.platform as Member['platform'],
    platformUserId: d.platformUserId,
    displayName: d.displayName,
    ...(d.email ? { email: d.email } : {}),
    timeZone: d.timeZone,
    locale: localeFrom(d.locale),
    role: d.role as Role,
    ...(d.managerId ? { managerId: d.managerId } : {}),
    ...(d.workingHours?.start ? { workingHours: d.workingHours } : {}),
    ...(d.conversationRef ? { conversationRef: d.conversationRef } : {}),
    createdAt: d.createdAt,
  };
}

export function memberRepository(conn: Connection, tenantId: TenantId): MemberRepository {
  const scope = new TenantScope<MemberDoc>(memberModel(conn), tenantId);
  const model = memberModel(conn);
  const one = (d: MemberDoc | null) => (d ? toMember(d) : null);

  return {
    async ensure(profile, defaults) {
      const key = { tenantId, platform: profile.platform, platformUserId: profile.platformUserId };
      const refresh: Record<string, unknown> = {
        displayName: profile.displayName,
        nameKey: normalizeName(profile.displayName),
      };
      if (profile.email) refresh.email = profile.email.toLowerCase();
      if (profile.timeZone) refresh.timeZone = profile.timeZone;
      if (profile.locale) refresh.locale = profile.locale;
      const onInsert: Record<string, unknown> = { role: 'rep' };
      if (!profile.timeZone) onInsert.timeZone = defaults.timeZone;
      if (!profile.locale) onInsert.locale = defaults.locale;
      const doc = (await model
        .findOneAndUpdate(
          key,
          { $set: refresh, $setOnInsert: onInsert },
          { upsert: true, returnDocument: 'after' },
        )
        .lean()) as MemberDoc | null;
      if (!doc) throw new Error('member upsert returned nothing');
      // A tenant always has an admin: while it has none, its earliest member is promoted (the same choice
      // in every process, so concurrent first sightings agree).
      if (doc.role !== 'admin' && (await scope.count({ role: 'admin' })) === 0) {
        const first = await scope.findOne({}, { createdAt: 1, _id: 1 });
        if (first && String(first._id) === String(doc._id)) {
          return toMember((await scope.updateById(String(doc._id), { $set: { role: 'admin' } })) ?? doc);
        }
      }
      return toMember(doc);
    },
    get: async (id) => one(await scope.findById(id)),
    byPlatformUser: async (platform, platformUserId) =>
      one(await scope.findOne({ platform, platformUserId })),
    list: async () => (await scope.find({}, { sort: { nameKey: 1 } })).map(toMember),
    team: async (managerId) => (await scope.find({ managerId }, { sort: { nameKey: 1 } })).map(toMember),
    async lookup(query) {
      const found = await lookupByName(
        scope,
        query.replace(/^@/, ''),
        (d) => ({ id: String(d._id), label: d.displayName, ...(d.email ? { detail: d.email } : {}) }),
        { nameField: 'displayName' },
      );
      return found.kind === 'found' ? { kind: 'found', item: toMember(found.item) } : found;
    },
    async update(id, patch: MemberPatch) {
      const set: Record<string, unknown> = {};
      const unset: Record<string, ''> = {};
      for (const [key, value] of Object.entries(patch)) {
        if (value === null) unset[key] = '';
        else if (value !== undefined) set[key] = value;
      }
      if (patch.displayName) set.nameKey = normalizeName(patch.displayName);
      return one(
        await scope.updateById(id, {
          ...(Object.keys(set).length ? { $set: set } : {}),
          ...(Object.keys(unset).length ? { $unset: unset } : {}),
        }),
      );
    },
  };
}
