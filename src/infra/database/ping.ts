import { MongoClient } from 'mongodb';

/** Pings until the server answers or the deadline passes (start-up readiness, not a test wait). */
export async function waitForPing(uri: string, timeoutMs = 30_000, isAlive: () => boolean = () => true) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`database process exited before answering: ${String(lastError ?? '')}`);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 150));
    } finally {
      await client.close().catch(() => {});
    }
  }
  throw new Error(`database at ${uri} did not answer ping within ${timeoutMs} ms: ${String(lastError)}`);
}
