import type { Request, Response } from 'express';

export interface HealthSource {
  engine: string;
  ping(): Promise<boolean>;
}

/** GET /healthz: which database engine runs and whether it answers. */
export function healthHandler(source: HealthSource) {
  return async (_req: Request, res: Response) => {
    const up = await source.ping();
    res.status(up ? 200 : 503).json({
      status: up ? 'ok' : 'degraded',
      database: { engine: source.engine, up },
    });
  };
}
