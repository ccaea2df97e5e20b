import type { Connection } from 'mongoose';
import type { Clock } from '../../../shared/clock.js';
import type { DeliveryRepository } from '../delivery.repository.js';
import { deliveryModel } from './delivery.model.js';

const DUPLICATE_KEY = 11000;

export function deliveryRepository(conn: Connection, clock: Clock): DeliveryRepository {
  const model = deliveryModel(conn);
  return {
    async claim(key) {
      try {
        await model.create({ _id: key, claimedAt: clock.now() });
        return true;
      } catch (e) {
        if ((e as { code?: number }).code === DUPLICATE_KEY) return false;
        throw e;
      }
    },
    async release(key) {
      await model.deleteOne({ _id: key });
    },
    async prune(before) {
      const res = await model.deleteMany({ claimedAt: { $lt: before } });
      return res.deletedCount;
    },
  };
}
