/** p95 budgets in milliseconds per operation, per engine, and the process's resident memory. */
export type Budget = number;

export const BUDGETS: { ferretdb: Record<string, Budget>; mongodb: Record<string, Budget>; rssMb: number } = {
  // FerretDB scans every collection it filters (only `_id` reaches SQLite), so it gets looser budgets;
  // measured on the 2-core CI machine with the demo data: every p95 under a third of its budget.
  ferretdb: {
    'account card': 1000,
    'log interaction': 500,
    pipeline: 500,
    'pipeline (team)': 600,
    'forecast (team, with chart)': 1500,
    'contact analytics': 2000,
    home: 500,
    'typeahead accounts': 200,
  },
  mongodb: {
    'account card': 250,
    'log interaction': 250,
    pipeline: 250,
    'pipeline (team)': 250,
    'forecast (team, with chart)': 1500,
    'contact analytics': 500,
    home: 300,
    'typeahead accounts': 100,
  },
  rssMb: 500,
};
