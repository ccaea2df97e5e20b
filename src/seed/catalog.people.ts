import type { SeedLang } from './catalog.companies.js';
import type { Rng } from './prng.js';

const FIRST: Record<SeedLang, readonly string[]> = {
  de: [
    'Anna',
    'Lukas',
    'Sabine',
    'Thomas',
    'Katrin',
    'Michael',
    'Julia',
    'Stefan',
    'Claudia',
    'Andreas',
    'Miriam',
    'Jörg',
    'Petra',
    'Tobias',
    'Nicole',
    'Florian',
    'Bettina',
    'Matthias',
    'Sandra',
    'Jürgen',
    'Lena',
    'Henrik',
    'Ursula',
    'Dominik',
    'Franziska',
    'Sören',
    'Heike',
    'Markus',
    'Svenja',
    'Klaus',
  ],
  en: [
    'Emma',
    'James',
    'Olivia',
    'Daniel',
    'Sophie',
    'Oliver',
    'Charlotte',
    'Thomas',
    'Grace',
    'William',
    'Amelia',
    'Henry',
    'Chloe',
    'Jack',
    'Hannah',
    'Samuel',
    'Isla',
    'George',
    'Lucy',
    'Ethan',
    'Priya',
    'Marcus',
    'Fiona',
    'Noah',
    'Rachel',
    'Liam',
    'Megan',
    'Aidan',
    'Zoe',
    'Ryan',
  ],
};

const LAST: Record<SeedLang, readonly string[]> = {
  de: [
    'Schmidt',
    'Meyer',
    'Schulz',
    'Koch',
    'Richter',
    'Wolf',
    'Schröder',
    'Neumann',
    'Schwarz',
    'Braun',
    'Hofmann',
    'Hartmann',
    'Lange',
    'Werner',
    'Krause',
    'Lehmann',
    'Köhler',
    'Maier',
    'Herrmann',
    'König',
    'Walter',
    'Peters',
    'Möller',
    'Kaiser',
    'Fuchs',
    'Scholz',
    'Böhm',
    'Winkler',
    'Lorenz',
    'Baumann',
  ],
  en: [
    'Smith',
    'Taylor',
    'Brown',
    'Wilson',
    'Evans',
    'Walker',
    'Wright',
    'Roberts',
    'Thompson',
    'Hughes',
    'Green',
    'Hall',
    'Clarke',
    'Patel',
    'Wood',
    'Turner',
    'Cooper',
    'Hill',
    'Ward',
    'Morgan',
    'Baker',
    'Harris',
    'Young',
    'King',
    'Carter',
    'Mitchell',
    'Bennett',
    'Shaw',
    'Murphy',
    'Reid',
  ],
};

/** Job titles, the usual first contact (purchasing or the decision maker) first. */
const ROLES: Record<SeedLang, readonly string[]> = {
  de: [
    'Leitung Einkauf',
    'Geschäftsführung',
    'Head of IT',
    'Technische Leitung',
    'Einkauf',
    'Instandhaltung',
    'Produktionsleitung',
    'Controlling',
    'Assistenz der Geschäftsführung',
    'Werksleitung',
  ],
  en: [
    'Head of Procurement',
    'Managing Director',
    'Head of IT',
    'Operations Director',
    'Purchasing Manager',
    'Maintenance Lead',
    'CFO',
    'Plant Manager',
    'Office Manager',
    'CTO',
  ],
};

/** Turns 'Jörg Köhler' into 'joerg.koehler' for an e-mail address. */
export function mailbox(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** A phone number in the style of the domain's country (fictitious ranges). */
export function phoneFor(domain: string, rng: Rng): string {
  const n = (digits: number) => String(rng.int(10 ** (digits - 1), 10 ** digits - 1));
  if (domain.endsWith('.de')) return `+49 ${rng.pick(['30', '40', '69', '89', '711', '221'])} ${n(6)}`;
  if (domain.endsWith('.at')) return `+43 512 ${n(6)}`;
  if (domain.endsWith('.ch')) return `+41 44 ${n(3)} ${n(2)} ${n(2)}`;
  if (domain.endsWith('.ie')) return `+353 21 ${n(3)} ${n(4)}`;
  if (domain.endsWith('.co.uk')) return `+44 20 7946 0${n(3)}`;
  return `+1 555-01${n(2)}`;
}

export interface PersonSpec {
  name: string;
  role: string;
  email: string;
  phone?: string;
}

/** `count` people of one company with distinct names and roles; the first holds the first role. */
export function peopleFor(lang: SeedLang, domain: string, count: number, rng: Rng): PersonSpec[] {
  const firsts = rng.sample(FIRST[lang], count);
  const lasts = rng.sample(LAST[lang], count);
  const roles = [ROLES[lang][rng.int(0, 1)] ?? '', ...rng.sample(ROLES[lang].slice(2), count - 1)];
  return firsts.map((first, i) => {
    const name = `${first} ${lasts[i] ?? ''}`;
    return {
      name,
      role: roles[i] ?? '',
      email: `${mailbox(name)}@${domain}`,
      ...(rng.chance(0.7) ? { phone: phoneFor(domain, rng) } : {}),
    };
  });
}
