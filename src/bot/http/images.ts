import type { Express } from 'express';
import type { ImagePublisher } from '../../commands/invocation.js';
import type { ImageRepository } from '../../domain/images/image.repository.js';
import type { Clock } from '../../shared/clock.js';

export const IMAGES_PATH = '/images';

/** `GET /images/<token>.png`: published images (charts in Teams cards); anything else is 404. */
export function mountImages(http: Express, images: ImageRepository): void {
  http.get(`${IMAGES_PATH}/:file`, async (req, res) => {
    const token = /^([a-f0-9]{32})\.png$/.exec(req.params.file ?? '')?.[1];
    const image = token ? await images.get(token) : null;
    if (!image) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res
      .status(200)
      .type('image/png')
      .set('cache-control', 'private, max-age=86400')
      .send(Buffer.from(image.png));
  });
}

/** Publishes images under PUBLIC_URL, where chat clients can fetch them. */
export function imagePublisher(images: ImageRepository, publicUrl: string, clock: Clock): ImagePublisher {
  const base = publicUrl.replace(/\/+$/, '');
  return {
    async publish(tenantId, png) {
      const token = await images.put(tenantId, png, clock.now());
      return `${base}${IMAGES_PATH}/${token}.png`;
    },
  };
}
