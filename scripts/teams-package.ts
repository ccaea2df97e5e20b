/**
 * Builds the Teams app package dist/kontakt-teams.zip (manifest + icons) for sideloading or the Teams
 * Developer Portal. Needs MICROSOFT_APP_ID (the Azure bot's app id) and PUBLIC_URL (https).
 *
 *   npm run teams:package             # dist/kontakt-teams.zip
 *   npm run teams:package -- --icons  # redraws teams/color.png and teams/outline.png
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { colorIcon, outlineIcon } from '../src/bot/teams/package/icons.js';
import { fillManifest, ManifestError, manifestIssues } from '../src/bot/teams/package/teams-manifest.js';
import { zip } from '../src/bot/teams/package/zip.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const teamsDir = join(root, 'teams');
const out = join(root, 'dist', 'kontakt-teams.zip');

function fail(message: string): never {
  console.error(`teams:package: ${message}`);
  process.exit(1);
}

if (process.argv.includes('--icons')) {
  writeFileSync(join(teamsDir, 'color.png'), colorIcon());
  writeFileSync(join(teamsDir, 'outline.png'), outlineIcon());
  console.log('wrote teams/color.png (192×192) and teams/outline.png (32×32)');
  process.exit(0);
}

try {
  const manifest = fillManifest(readFileSync(join(teamsDir, 'manifest.json'), 'utf8'), {
    appId: process.env.MICROSOFT_APP_ID?.trim() || undefined,
    publicUrl: process.env.PUBLIC_URL?.trim() || undefined,
  });
  const color = readFileSync(join(teamsDir, 'color.png'));
  const outline = readFileSync(join(teamsDir, 'outline.png'));
  const issues = manifestIssues(manifest, { color, outline });
  if (issues.length) fail(`the manifest would be rejected:\n  ${issues.join('\n  ')}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    zip([
      { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      { name: 'color.png', data: color },
      { name: 'outline.png', data: outline },
    ]),
  );
  console.log(`wrote ${out} for app ${manifest.id} (${manifest.validDomains?.join(', ')})`);
  console.log('Upload it in Teams: Apps → Manage your apps → Upload an app → Upload a custom app.');
} catch (e) {
  if (e instanceof ManifestError) fail(e.message);
  throw e;
}
