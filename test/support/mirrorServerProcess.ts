/**
 * Runs one proxy in its own process (for cross-process tests): options as JSON in argv[2];
 * prints `{"baseUrl","pid"}` on one line when ready; closes cleanly on SIGTERM.
 */
import { startMirrorServer } from '../../src/mirror/index.js';

const server = await startMirrorServer(JSON.parse(process.argv[2] ?? '{}'));
process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, pid: process.pid })}\n`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
