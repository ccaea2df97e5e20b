import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { type HealthSource, healthHandler } from './health.js';

export function createHttpApp(health: HealthSource): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', healthHandler(health));
  return app;
}

export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(server)));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
