// npm run bench: every benchmark, one after the other (they each print medians and ratios).
import { spawnSync } from 'node:child_process';

const benches = ['bench:bank', 'bench:efaktura'];
let failed = 0;
for (const name of benches) {
  console.log(`\n== npm run ${name}`);
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
