// `npm run fuzz`: the property tests with many runs and a new seed (printed, so a failure can be
// replayed with FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npm run fuzz).
import { spawnSync } from 'node:child_process';

// npm runs scripts with sh, which has no $RANDOM: the seed is drawn here.
if (!process.env.FUZZ_SEED) process.env.FUZZ_SEED = String(Math.floor(Math.random() * 2 ** 31));
process.env.FUZZ_RUNS ||= '5000';
console.log(`fuzz: FUZZ_SEED=${process.env.FUZZ_SEED} FUZZ_RUNS=${process.env.FUZZ_RUNS}`);
const result = spawnSync(process.execPath, ['--test', 'test/properties/'], { stdio: 'inherit', env: process.env });
process.exitCode = result.status ?? 1;
