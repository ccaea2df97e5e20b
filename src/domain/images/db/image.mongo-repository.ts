import { randomBytes } from 'node:crypto';
import { subDays } from 'date-fns';
import type { Connection } from 'mongoose';
import { asTenantId } from '../../../shared/tenant.js';
import { IMAGE_TTL_DAYS, type ImageRepository } from '../image.repository.js';
import { type ImageDoc, imageModel } from './image.model.js';

const TOKEN = /^[a-f0-9]{32}$/;

export function imageRepository(conn: Connection): ImageRepository {
  const model = imageModel(conn);
  return {
    async put(tenantId, png, now) {
      // Expiry without TTL indexes (see docs/architecture.md): publishing prunes the tenant's old images.
      await model.deleteMany({ tenantId, createdAt: { $lt: subDays(now, IMAGE_TTL_DAYS) } });
      const token = randomBytes(16).toString('hex');
      await model.create({ _id: token, tenantId, png: Buffer.from(png).toString('base64'), createdAt: now });
      return token;
    },
    async get(token) {
      if (!TOKEN.test(token)) return null;
      const doc = (await model.findById(token).lean()) as ImageDoc | null;
      if (!doc) return null;
      return {
        tenantId: asTenantId(doc.tenantId),
        png: new Uint8Array(Buffer.from(doc.png, 'base64')),
        createdAt: doc.createdAt,
      };
    },
  };
}
