import { encodePng } from './png.js';

/** Teams' icon sizes: a full-colour 192×192 and a 32×32 white-on-transparent outline. */
export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** Also the manifest's accentColor. */
export const ACCENT = '#1D3557';

type Point = [number, number];

const SAMPLES = 4;

function roundedRect(x: number, y: number, [x0, y0, x1, y1]: number[], r: number) {
  const cx = Math.min(Math.max(x, (x0 as number) + r), (x1 as number) - r);
  const cy = Math.min(Math.max(y, (y0 as number) + r), (y1 as number) - r);
  return (
    x >= (x0 as number) &&
    x <= (x1 as number) &&
    y >= (y0 as number) &&
    y <= (y1 as number) &&
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r
  );
}

function triangle(x: number, y: number, [a, b, c]: [Point, Point, Point]) {
  const side = (p: Point, q: Point) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function nearSegment(x: number, y: number, [p, q]: [Point, Point], width: number) {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const t = Math.max(0, Math.min(1, ((x - p[0]) * dx + (y - p[1]) * dy) / (dx * dx + dy * dy)));
  return (x - p[0] - t * dx) ** 2 + (y - p[1] - t * dy) ** 2 <= (width / 2) ** 2;
}

/** A speech bubble (unit square coordinates) … */
const bubble = (x: number, y: number) =>
  roundedRect(x, y, [0.14, 0.18, 0.86, 0.7], 0.12) ||
  triangle(x, y, [
    [0.28, 0.66],
    [0.46, 0.66],
    [0.24, 0.86],
  ]);

/** … with a "K" in it. */
const letter = (x: number, y: number) =>
  nearSegment(
    x,
    y,
    [
      [0.39, 0.29],
      [0.39, 0.59],
    ],
    0.075,
  ) ||
  nearSegment(
    x,
    y,
    [
      [0.42, 0.46],
      [0.62, 0.29],
    ],
    0.075,
  ) ||
  nearSegment(
    x,
    y,
    [
      [0.47, 0.42],
      [0.63, 0.59],
    ],
    0.075,
  );

const hex = (color: string) =>
  [1, 3, 5].map((i) => Number.parseInt(color.slice(i, i + 2), 16)) as [number, number, number];

/** Renders `shade(x, y)` → [r, g, b, a] (0–1) with supersampling for smooth edges. */
function paint(size: number, shade: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          // Premultiplied, so transparent samples do not darken the edge.
          sum[0] = (sum[0] as number) + r * a;
          sum[1] = (sum[1] as number) + g * a;
          sum[2] = (sum[2] as number) + b * a;
          sum[3] = (sum[3] as number) + a;
        }
      }
      const alpha = (sum[3] as number) / (SAMPLES * SAMPLES);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++)
        rgba[i + c] = alpha ? Math.round((255 * (sum[c] as number)) / (sum[3] as number)) : 0;
      rgba[i + 3] = Math.round(255 * alpha);
    }
  }
  return encodePng(size, size, rgba);
}

/** The 192×192 colour icon: a white bubble with a "K" on the accent colour. */
export function colorIcon(): Buffer {
  const [r, g, b] = hex(ACCENT).map((v) => v / 255) as [number, number, number];
  return paint(COLOR_ICON_SIZE, (x, y) => (bubble(x, y) && !letter(x, y) ? [1, 1, 1, 1] : [r, g, b, 1]));
}

/** The 32×32 outline icon: the same bubble in white, the "K" cut out, the rest transparent. */
export function outlineIcon(): Buffer {
  return paint(OUTLINE_ICON_SIZE, (x, y) => (bubble(x, y) && !letter(x, y) ? [1, 1, 1, 1] : [1, 1, 1, 0]));
}
