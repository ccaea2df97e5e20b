import type { Tier } from '../domain/tenants/tenant.js';

export type SeedLang = 'de' | 'en';

/** A fictitious customer company of the demo data set. */
export interface CompanySpec {
  name: string;
  industry: string;
  lang: SeedLang;
  /** Mail and web domain. */
  domain: string;
  tier: Tier;
  city: string;
}

const c = (
  name: string,
  industry: string,
  lang: SeedLang,
  domain: string,
  tier: Tier,
  city: string,
): CompanySpec => ({ name, industry, lang, domain, tier, city });

/** 60 companies: 35 German-speaking, 25 English-speaking; 12 A, 24 B and 24 C accounts. */
export const COMPANIES: readonly CompanySpec[] = [
  c('Müller Maschinenbau GmbH', 'Maschinenbau', 'de', 'mueller-maschinenbau.de', 'A', 'Stuttgart'),
  c('Schneider & Partner Logistik KG', 'Logistik', 'de', 'schneider-logistik.de', 'B', 'Hamburg'),
  c('Brandt Elektrotechnik AG', 'Elektrotechnik', 'de', 'brandt-elektro.de', 'A', 'Nürnberg'),
  c('Hoffmann Verpackungen GmbH', 'Verpackung', 'de', 'hoffmann-verpackungen.de', 'B', 'Bielefeld'),
  c('Nordlicht Energie AG', 'Energie', 'de', 'nordlicht-energie.de', 'A', 'Kiel'),
  c('Becker Medizintechnik GmbH', 'Medizintechnik', 'de', 'becker-medtech.de', 'B', 'Tuttlingen'),
  c('Wagner Bau GmbH & Co. KG', 'Bauwesen', 'de', 'wagner-bau.de', 'C', 'Regensburg'),
  c('Kraus Lebensmittel GmbH', 'Lebensmittel', 'de', 'kraus-lebensmittel.de', 'B', 'Ulm'),
  c('Alpenblick Hotels GmbH', 'Hotellerie', 'de', 'alpenblick-hotels.at', 'C', 'Innsbruck'),
  c('Rheinwerk Chemie AG', 'Chemie', 'de', 'rheinwerk-chemie.de', 'A', 'Ludwigshafen'),
  c(
    'Fischer Automotive Systems GmbH',
    'Automobilzulieferer',
    'de',
    'fischer-automotive.de',
    'A',
    'Wolfsburg',
  ),
  c('Lindner Software GmbH', 'Software', 'de', 'lindner-software.de', 'C', 'Karlsruhe'),
  c('Sommer Textil KG', 'Textil', 'de', 'sommer-textil.de', 'C', 'Mönchengladbach'),
  c('Weber Präzisionsteile GmbH', 'Metallverarbeitung', 'de', 'weber-praezision.de', 'B', 'Schweinfurt'),
  c('Hansen Reederei GmbH & Co. KG', 'Schifffahrt', 'de', 'hansen-reederei.de', 'B', 'Bremen'),
  c('Krüger Pharma AG', 'Pharma', 'de', 'krueger-pharma.de', 'A', 'Darmstadt'),
  c('Zimmermann Holzbau GmbH', 'Holzbau', 'de', 'zimmermann-holzbau.de', 'C', 'Freiburg'),
  c('Engel Möbelwerke GmbH', 'Möbelindustrie', 'de', 'engel-moebel.de', 'B', 'Herford'),
  c('Schwarzwald Feinmechanik GmbH', 'Feinmechanik', 'de', 'sw-feinmechanik.de', 'C', 'Villingen'),
  c('Vogt Agrartechnik GmbH', 'Agrartechnik', 'de', 'vogt-agrar.de', 'B', 'Oldenburg'),
  c('Bergmann Stahlhandel KG', 'Stahlhandel', 'de', 'bergmann-stahl.de', 'C', 'Duisburg'),
  c('Lorenz Druck & Medien GmbH', 'Druck & Medien', 'de', 'lorenz-druck.de', 'C', 'Leipzig'),
  c('Seidel Kunststofftechnik GmbH', 'Kunststofftechnik', 'de', 'seidel-kunststoff.de', 'B', 'Lüdenscheid'),
  c('Ostsee Fischwaren GmbH', 'Lebensmittel', 'de', 'ostsee-fischwaren.de', 'C', 'Rostock'),
  c('Keller Gebäudetechnik AG', 'Gebäudetechnik', 'de', 'keller-gebaeudetechnik.ch', 'A', 'Zürich'),
  c('Hartmann Versicherungsmakler GmbH', 'Versicherungen', 'de', 'hartmann-makler.de', 'C', 'Köln'),
  c('Franke Laborbedarf GmbH', 'Laborbedarf', 'de', 'franke-labor.de', 'B', 'Jena'),
  c('Donautal Brauerei KG', 'Getränke', 'de', 'donautal-brauerei.de', 'C', 'Passau'),
  c('Graf Immobilien GmbH', 'Immobilien', 'de', 'graf-immobilien.de', 'C', 'Düsseldorf'),
  c('Pfeiffer Sensorik GmbH', 'Sensorik', 'de', 'pfeiffer-sensorik.de', 'B', 'Dresden'),
  c('Isartal Stadtwerke Service GmbH', 'Versorgung', 'de', 'isartal-stadtwerke.de', 'B', 'München'),
  c('Wolff Dental GmbH', 'Dentaltechnik', 'de', 'wolff-dental.de', 'C', 'Hannover'),
  c('Kuhn Fördertechnik AG', 'Fördertechnik', 'de', 'kuhn-foerdertechnik.de', 'B', 'Augsburg'),
  c('Jäger Sicherheitstechnik GmbH', 'Sicherheitstechnik', 'de', 'jaeger-sicherheit.de', 'C', 'Kassel'),
  c('Elbe Solar GmbH', 'Energie', 'de', 'elbe-solar.de', 'B', 'Magdeburg'),
  c('Northwind Analytics Ltd', 'Data & Analytics', 'en', 'northwind-analytics.co.uk', 'A', 'London'),
  c('Blackmoor Freight Ltd', 'Freight & Logistics', 'en', 'blackmoor-freight.co.uk', 'B', 'Felixstowe'),
  c('Harbour & Finch Consulting Ltd', 'Consulting', 'en', 'harbourfinch.co.uk', 'C', 'Bristol'),
  c('Pinecrest Software Inc.', 'Software', 'en', 'pinecrest.io', 'B', 'Austin'),
  c('Redwood Medical Supplies Inc.', 'Medical supplies', 'en', 'redwood-medical.com', 'A', 'Denver'),
  c('Castleford Engineering Ltd', 'Engineering', 'en', 'castleford-eng.co.uk', 'A', 'Leeds'),
  c('Brightwater Foods Ltd', 'Food & Beverage', 'en', 'brightwater-foods.co.uk', 'B', 'Norwich'),
  c('Summit Ridge Capital LLC', 'Financial services', 'en', 'summitridge.com', 'B', 'Boston'),
  c('Oakley Print Solutions Ltd', 'Printing', 'en', 'oakley-print.co.uk', 'C', 'Reading'),
  c('Silverline Telecom plc', 'Telecommunications', 'en', 'silverline-telecom.co.uk', 'A', 'Manchester'),
  c('Greenfield Agritech Ltd', 'Agritech', 'en', 'greenfield-agritech.ie', 'B', 'Cork'),
  c('Meridian Hotels Group Ltd', 'Hospitality', 'en', 'meridian-hotels.co.uk', 'C', 'Edinburgh'),
  c('Atlas Robotics Inc.', 'Robotics', 'en', 'atlas-robotics.com', 'B', 'Pittsburgh'),
  c('Kingsbridge Retail Ltd', 'Retail', 'en', 'kingsbridge-retail.co.uk', 'C', 'Birmingham'),
  c('Bluebell Pharmaceuticals Ltd', 'Pharmaceuticals', 'en', 'bluebell-pharma.co.uk', 'A', 'Cambridge'),
  c('Thornbury Facilities Ltd', 'Facility management', 'en', 'thornbury-fm.co.uk', 'C', 'Cardiff'),
  c('Ironbridge Steel Ltd', 'Steel', 'en', 'ironbridge-steel.co.uk', 'B', 'Sheffield'),
  c('Clearbrook Utilities Ltd', 'Utilities', 'en', 'clearbrook-utilities.co.uk', 'B', 'Newcastle'),
  c('Lakeside Learning Inc.', 'Education', 'en', 'lakeside-learning.org', 'C', 'Chicago'),
  c('Foxhill Architects LLP', 'Architecture', 'en', 'foxhill-architects.co.uk', 'C', 'Oxford'),
  c('Westmore Logistics Ltd', 'Logistics', 'en', 'westmore-logistics.co.uk', 'B', 'Southampton'),
  c('Crescent Biotech Inc.', 'Biotech', 'en', 'crescent-bio.com', 'B', 'San Diego'),
  c('Ashdown Insurance Brokers Ltd', 'Insurance', 'en', 'ashdown-insurance.co.uk', 'C', 'Brighton'),
  c('Nimbus Cloud Services Inc.', 'Cloud services', 'en', 'nimbus-cloud.io', 'C', 'Seattle'),
  c('Riverside Dental Group Ltd', 'Healthcare', 'en', 'riverside-dental.co.uk', 'C', 'York'),
];
