// Entry point of `npm start` / `npm run serve`: serves the demo page and the built widgets.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { staticFiles } from './static.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = Number(process.env.PORT ?? 8080);
const serveStatic = staticFiles({ '/dist/': `${root}dist`, '/': `${root}demo` });

const server = createServer((req, res) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (!serveStatic(req, res)) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }
});

server.listen(port, () => {
  console.log(`kultur-widgets demo: http://localhost:${server.address().port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
