// The Invite Lint language server (dist/server.js): `node dist/server.js --stdio`.
import { startServer } from './lsp/start';

process.on('uncaughtException', (error) => {
  // Keep serving: one bad input must not take the editor's linting down.
  process.stderr.write(`Invite Lint: uncaught ${error instanceof Error ? error.stack : String(error)}\n`);
});

startServer();
