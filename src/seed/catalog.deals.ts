import type { SeedLang } from './catalog.companies.js';

// The demo tenant sells industrial condition monitoring: sensors, gateways, a platform licence per site,
// installation days and maintenance contracts.

/** Deal titles; `{city}` and `{n}` are filled in, so one account never repeats a title. */
export const DEAL_TITLES: Record<SeedLang, readonly string[]> = {
  de: [
    'Zustandsüberwachung Werk {city}',
    'Rollout Sensorik Halle {n}',
    'Wartungsvertrag Premium',
    'Pilotprojekt Predictive Maintenance',
    'Lizenzerweiterung weitere Standorte',
    'Energiemonitoring Fertigung',
    'Nachrüstung Altanlagen Linie {n}',
    'Schulungspaket Instandhaltung',
    'Rahmenvertrag Sensorik',
    'Upgrade Gateway-Flotte',
  ],
  en: [
    'Condition monitoring – {city} plant',
    'Sensor rollout – Hall {n}',
    'Premium maintenance contract',
    'Predictive maintenance pilot',
    'Site licence expansion',
    'Energy monitoring – production',
    'Retrofit of line {n}',
    'Maintenance training package',
    'Framework agreement sensors',
    'Gateway fleet upgrade',
  ],
};

export const LOST_REASONS: Record<SeedLang, readonly string[]> = {
  de: [
    'Preis zu hoch – Wettbewerber 15 % günstiger',
    'Budget für dieses Jahr gestrichen',
    'Entscheidung für eine Eigenentwicklung',
    'Projekt auf nächstes Jahr verschoben',
    'Keine Rückmeldung mehr vom Kunden',
    'Wettbewerber mit bestehendem Rahmenvertrag',
  ],
  en: [
    'Lost on price – competitor 15% cheaper',
    'Budget frozen for this year',
    'Decided to build in-house',
    'Project postponed to next year',
    'Went silent – no decision',
    'Incumbent vendor had a framework agreement',
  ],
};

export interface ProductSpec {
  key: 'licence' | 'sensor' | 'gateway' | 'install' | 'maintenance';
  name: Record<SeedLang, string>;
  /** EUR cents. */
  unitPrice: number;
}

export const PRODUCTS: Record<ProductSpec['key'], ProductSpec> = {
  licence: {
    key: 'licence',
    name: { de: 'Plattform-Lizenz (pro Standort/Jahr)', en: 'Platform licence (per site/year)' },
    unitPrice: 9_800_00,
  },
  sensor: { key: 'sensor', name: { de: 'Sensorpaket S200', en: 'Sensor kit S200' }, unitPrice: 1_250_00 },
  gateway: { key: 'gateway', name: { de: 'Gateway G10', en: 'Gateway G10' }, unitPrice: 890_00 },
  install: {
    key: 'install',
    name: { de: 'Inbetriebnahme & Schulung (Tag)', en: 'Installation & training (day)' },
    unitPrice: 1_400_00,
  },
  maintenance: {
    key: 'maintenance',
    name: { de: 'Wartungsvertrag Premium (Jahr)', en: 'Premium maintenance (year)' },
    unitPrice: 4_500_00,
  },
};

/** Next steps of open deals, by stage position (0 = first open stage). */
export const NEXT_STEPS: Record<SeedLang, readonly string[]> = {
  de: [
    'Erstgespräch terminieren',
    'Bedarfsanalyse vor Ort',
    'Angebot nachfassen',
    'Vertragsentwurf mit Einkauf abstimmen',
  ],
  en: [
    'Book an intro call',
    'On-site needs assessment',
    'Follow up on the proposal',
    'Agree contract draft with procurement',
  ],
};
