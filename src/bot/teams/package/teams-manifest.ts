import { pngInfo } from './png.js';

/** The Teams app manifest v1.17 limits Kontakt's manifest is checked against (MicrosoftTeams.schema.json). */
export const MANIFEST_LIMITS = {
  nameShort: 30,
  nameFull: 100,
  descriptionShort: 80,
  descriptionFull: 4000,
  developerName: 32,
  commandsPerList: 10,
  commandTitle: 32,
  commandDescription: 128,
  composeExtensions: 1,
  extensionCommands: 10,
  extensionCommandId: 64,
  parameters: 5,
  validDomains: 16,
  colorIcon: 192,
  outlineIcon: 32,
} as const;

export const MANIFEST_VERSION = '1.17';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ManifestCommand {
  title: string;
  description: string;
}
export interface ExtensionCommand {
  id: string;
  type: 'query' | 'action';
  title: string;
  description?: string;
  context?: string[];
  fetchTask?: boolean;
  parameters?: { name: string; title: string; description?: string }[];
}
/** The parts of the manifest Kontakt checks; the rest passes through untouched. */
export interface TeamsManifest {
  manifestVersion: string;
  id: string;
  version: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  accentColor: string;
  bots: { botId: string; commandLists?: { scopes: string[]; commands: ManifestCommand[] }[] }[];
  composeExtensions?: { botId: string; commands: ExtensionCommand[] }[];
  validDomains?: string[];
  [key: string]: unknown;
}

export class ManifestError extends Error {
  readonly code = 'teams.manifest_invalid';
}

/** The manifest template with the bot's app id and public URL filled in. */
export function fillManifest(
  template: string,
  vars: { appId: string | undefined; publicUrl: string | undefined },
): TeamsManifest {
  if (!vars.appId)
    throw new ManifestError('MICROSOFT_APP_ID is not set: the app package needs the Azure bot’s app id');
  if (!GUID.test(vars.appId))
    throw new ManifestError(`MICROSOFT_APP_ID must be a GUID (got "${vars.appId}")`);
  let url: URL;
  try {
    url = new URL(vars.publicUrl ?? '');
  } catch {
    throw new ManifestError('PUBLIC_URL is not set: Teams needs the https address Kontakt is reachable at');
  }
  if (url.protocol !== 'https:')
    throw new ManifestError(`PUBLIC_URL must start with https:// (got "${vars.publicUrl}")`);
  const filled = template
    .replaceAll('{{MICROSOFT_APP_ID}}', vars.appId.toLowerCase())
    .replaceAll('{{PUBLIC_URL}}', url.origin)
    .replaceAll('{{PUBLIC_HOST}}', url.host);
  return JSON.parse(filled) as TeamsManifest;
}

const over = (what: string, text: string | undefined, max: number) =>
  (text ?? '').length > max ? [`${what} is longer than ${max} characters: "${text}"`] : [];

/** Everything in the manifest and icons that Teams would reject; empty when the package is fine. */
export function manifestIssues(
  m: TeamsManifest,
  icons: { color: Uint8Array; outline: Uint8Array },
): string[] {
  const L = MANIFEST_LIMITS;
  const issues: string[] = [];
  if (m.manifestVersion !== MANIFEST_VERSION) issues.push(`manifestVersion must be ${MANIFEST_VERSION}`);
  if (!GUID.test(m.id)) issues.push('id must be a GUID');
  if (!/^\d+\.\d+\.\d+$/.test(m.version)) issues.push('version must be x.y.z');
  if (!/^#[0-9a-fA-F]{6}$/.test(m.accentColor)) issues.push('accentColor must be #RRGGBB');
  issues.push(
    ...over('name.short', m.name.short, L.nameShort),
    ...over('name.full', m.name.full, L.nameFull),
  );
  issues.push(...over('description.short', m.description.short, L.descriptionShort));
  issues.push(...over('description.full', m.description.full, L.descriptionFull));
  issues.push(...over('developer.name', m.developer.name, L.developerName));
  for (const url of [m.developer.websiteUrl, m.developer.privacyUrl, m.developer.termsOfUseUrl]) {
    if (!url.startsWith('https://')) issues.push(`developer URLs must be https: "${url}"`);
  }
  for (const bot of m.bots) {
    if (bot.botId !== m.id) issues.push('bots[].botId must be the app id');
    for (const list of bot.commandLists ?? []) {
      if (list.commands.length > L.commandsPerList)
        issues.push(`a command list has more than ${L.commandsPerList} commands`);
      for (const c of list.commands) {
        issues.push(
          ...over(`command title`, c.title, L.commandTitle),
          ...over(`command ${c.title}: description`, c.description, L.commandDescription),
        );
      }
    }
  }
  const extensions = m.composeExtensions ?? [];
  if (extensions.length > L.composeExtensions)
    issues.push(`at most ${L.composeExtensions} composeExtensions`);
  for (const ext of extensions) {
    if (ext.botId !== m.id) issues.push('composeExtensions[].botId must be the app id');
    if (ext.commands.length > L.extensionCommands)
      issues.push(`more than ${L.extensionCommands} extension commands`);
    for (const c of ext.commands) {
      issues.push(
        ...over('extension command id', c.id, L.extensionCommandId),
        ...over(`${c.id}: title`, c.title, L.commandTitle),
      );
      issues.push(...over(`${c.id}: description`, c.description, L.commandDescription));
      if ((c.parameters?.length ?? 0) > L.parameters)
        issues.push(`${c.id} has more than ${L.parameters} parameters`);
      for (const p of c.parameters ?? [])
        issues.push(...over(`${c.id}.${p.name}: title`, p.title, L.commandTitle));
    }
  }
  if ((m.validDomains?.length ?? 0) > L.validDomains) issues.push(`more than ${L.validDomains} validDomains`);
  for (const d of m.validDomains ?? [])
    if (/[/:]|\{\{/.test(d)) issues.push(`validDomains takes host names only: "${d}"`);
  const color = pngInfo(icons.color);
  const outline = pngInfo(icons.outline);
  if (color.width !== L.colorIcon || color.height !== L.colorIcon)
    issues.push(`color.png must be ${L.colorIcon}×${L.colorIcon}`);
  if (outline.width !== L.outlineIcon || outline.height !== L.outlineIcon) {
    issues.push(`outline.png must be ${L.outlineIcon}×${L.outlineIcon}`);
  }
  if (outline.colorType !== 6) issues.push('outline.png must have an alpha channel (white on transparent)');
  return issues;
}
