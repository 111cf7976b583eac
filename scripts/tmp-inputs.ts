import { writeInputs } from './bench/inputs.ts';
const f = writeInputs({ contentDir: 'content', seed: 20091119, logBytes: 100 * 1024 * 1024, browserLogBytes: 1024, sizes: [10, 100, 1000, 10000] });
console.log(f.dir, f.log, f.kbPatterns, f.tinyLog);
