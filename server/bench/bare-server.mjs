// Baseline for the load benchmark: Node's http answering a constant JSON, no routing, no database.
// The ratio of the backend to this on the same machine at the same time is robust to other load.
import { createServer } from 'node:http';
import process from 'node:process';

const server = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end('{"eventId":"bare","status":"available","remaining":42}');
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })}\n`));
process.on('message', (message) => {
  if (message === 'cpu') process.send?.(process.cpuUsage());
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
