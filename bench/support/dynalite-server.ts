/**
 * dynalite (the npm package, an implementation of the DynamoDB API in Node on an in-memory LevelDB) as a Node child
 * process for the local-dynamodb benchmark: `node bench/support/dynalite-server.ts <port>` listens on 127.0.0.1.
 *
 * Two things are added so that the project's createTables (shared/adapters/dynamodb/tables.ts) works on it, and
 * they are exactly why `npm start` does not use dynalite (README, Quick start):
 *  - dynalite has no UpdateTimeToLive (UnknownOperationException); it is answered here with the specification sent;
 *  - a new table is CREATING for createTableMs (500 ms by default), and the SDK's waitUntilTableExists then sleeps
 *    20 s before it looks again; tables are made ACTIVE at once here (createTableMs 0).
 * It still ignores ReturnValuesOnConditionCheckFailure, which DynamoLeaseStore.renew uses to say why a renewal
 * failed, and has no TransactWriteItems (unused by Tributary).
 *
 * dynalite is not a dependency of the project: `npm i --no-save dynalite@4.0.0` before the benchmark.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node bench/support/dynalite-server.ts <port>');
  process.exit(2);
}

type Dynalite = (options: Record<string, unknown>) => Server;
const dynalite = createRequire(import.meta.url)('dynalite') as Dynalite;
const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
const [handler] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
if (!handler) throw new Error('dynalite registered no request handler');
server.removeAllListeners('request');
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (req.headers['x-amz-target'] !== 'DynamoDB_20120810.UpdateTimeToLive') {
    handler(req, res);
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { TimeToLiveSpecification?: unknown };
    res.setHeader('content-type', 'application/x-amz-json-1.0');
    res.end(JSON.stringify({ TimeToLiveSpecification: body.TimeToLiveSpecification }));
  });
});
server.listen(port, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2_000).unref();
  });
}
