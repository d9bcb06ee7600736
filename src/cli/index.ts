import { main } from './main.js';

const code = await main(process.argv);
// Let pending stdout writes flush before exiting with the command's code.
process.exitCode = code;
