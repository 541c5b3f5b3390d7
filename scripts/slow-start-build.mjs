/**
 * Proof that the Lighthouse gate catches a slower start: a copy of the build whose entry adds one
 * start task of 200 ms at the simulated CPU (LIGHTHOUSE_CPU, default 4, so 50 ms of real busy time
 * at 4×). Prints the copy's folder, for `BUILD_DIR=… npm run lighthouse`, which must then fail.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIMULATED_TASK_MS = 200;
const busyMs = SIMULATED_TASK_MS / Number(process.env.LIGHTHOUSE_CPU ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'slow-start-'));
cpSync('dist', dir, { recursive: true });
const entry = /src="\/(assets\/index-[^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))[1];
const code = readFileSync(join(dir, entry), 'utf8');
const task = `setTimeout(()=>{const end=performance.now()+${busyMs};while(performance.now()<end);},0);\n`;
// After the compile hint, which must stay the file's first line.
writeFileSync(
  join(dir, entry),
  code.replace(/^(\/\/# allFunctionsCalledOnLoad\n)?/, (hint) => hint + task),
);
console.log(dir);
