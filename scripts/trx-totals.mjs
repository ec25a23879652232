// Adds up the counters of every .trx file in a folder and prints the one-line total.
// Exits 1 when a test failed or no test ran, so a silent empty run cannot pass.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = process.argv[2];
let passed = 0, failed = 0, skipped = 0;
for (const file of readdirSync(folder).filter(f => f.endsWith(".trx"))) {
  const xml = readFileSync(join(folder, file), "utf8");
  const counters = xml.match(/<Counters\b[^>]*>/);
  if (!counters) continue;
  const count = name => Number((counters[0].match(new RegExp(`\\b${name}="(\\d+)"`)) ?? [0, 0])[1]);
  passed += count("passed");
  failed += count("failed") + count("error") + count("timeout") + count("aborted");
  skipped += count("notExecuted");
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
