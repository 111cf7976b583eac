// An empty script: the benchmark times Node's own start and exit with it (cli-bench.ts).
