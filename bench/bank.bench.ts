// npm run bench:bank — pain.001 intake against xmllint (issue 3). A benchmark, not a test: it
// prints numbers and asserts nothing.
//
// 1. Generates pain.001.001.03 files of 1,000 and 100,000 KID transactions (valid BBANs, MOD10
//    KIDs matching the creditor's KID agreement) into a temp dir (kidPaymentFile, bank-fixture.ts).
// 2. Times `xmllint --noout --schema pain.001.001.03.xsd FILE` (the floor: parse + XSD, in C)
//    against the bench's full processing of the same bytes, two ways:
//    - the bank's entry point, processPaymentFileConcurrently (what POST /payment-files and the
//      validate CLI run): libxml parse + XSD on the schema worker while the main thread reads the
//      file and runs the rule pass, then the receipt and validation reports, plus writing every
//      pain.002 it returns;
//    - processPaymentFile: the same steps one after the other on one thread.
//    Runs alternate (xmllint, bench, bench, xmllint, …) so machine load hits all alike; each bench
//    run is a fresh child process (warmed up on a small file first) so its peak RSS is the
//    processing's own. Medians of RUNS runs; target ≤ 1.5 × xmllint, peak RSS < 1.5 GB.
// 3. The 1,000-transaction HTTP round trip (POST /bank/v1/payment-files on a loopback server),
//    p50 and p99 over ROUND_TRIPS uploads.
//
// Options (env): BANK_BENCH_SIZES=1000,100000  BANK_BENCH_RUNS=3  BANK_BENCH_ROUND_TRIPS=30
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { writePain002 } from '../src/iso20022/pain002.ts';
import { useSchemaWorker } from '../src/iso20022/xml/off-thread-validation.ts';
import { locateSchemaDirectory } from '../src/iso20022/xml/schema-files.ts';
import {
  processPaymentFile,
  processPaymentFileConcurrently,
  type ProcessingResult,
} from '../src/bank/process-payment-file.ts';
import {
  ACCOUNTS,
  CUSTOMER_ID,
  bankFixture,
  demoAgreement,
  intakeContext,
  kidPaymentFile,
} from '../src/bank/testing/bank-fixture.ts';
import { median, percentile } from './stats.ts';

const SIZES = (process.env.BANK_BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BANK_BENCH_RUNS ?? 3));
const ROUND_TRIPS = Number(process.env.BANK_BENCH_ROUND_TRIPS ?? 30);
const BENCH_FILE = new URL(import.meta.url).pathname;

type Outcome = { groupStatus: string | undefined; reports: number; bytes: number };
type Mode = 'concurrent' | 'sequential';

/**
 * The measured work: everything the bank does with an upload, up to the pain.002 texts. The input
 * is the file's bytes, as the bank gets them from HTTP.
 */
async function processUpload(bytes: Uint8Array, mode: Mode): Promise<Outcome> {
  const agreement = demoAgreement();
  const state = bankFixture(agreement);
  const context = { ...intakeContext(), ledger: state.ledger, isMessageIdUsed: () => false };
  const result: ProcessingResult =
    mode === 'concurrent'
      ? await processPaymentFileConcurrently(bytes, agreement, context)
      : processPaymentFile(bytes, agreement, context);
  if (result.kind !== 'processed') throw new Error(`bench: unusable file: ${result.code} ${result.message}`);
  let written = 0;
  for (const { report } of result.reports) written += writePain002(report).length;
  const last = result.reports[result.reports.length - 1];
  return { groupStatus: last?.report.group.status, reports: result.reports.length, bytes: written };
}

/** Child mode: warm up on a small file, then time one processing of FILE. */
async function child(mode: Mode, file: string): Promise<void> {
  if (mode === 'concurrent') useSchemaWorker(); // as `efaktura-bench start` does
  await processUpload(Buffer.from(kidPaymentFile(200, { msgId: 'WARM-UP' })), mode);
  const bytes = readFileSync(file);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = await processUpload(bytes, mode);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    `${JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, rssMb, ...outcome })}\n`,
  );
  process.exit(0); // the schema worker is unref'd, but leave no doubt
}

interface Timing {
  ms: number;
  rssMb?: number;
}

type BenchTiming = Timing & { cpuMs: number; groupStatus?: string };

function runXmllint(xsd: string, file: string, haveTime: boolean): Timing {
  const start = performance.now();
  const result = haveTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', 'xmllint', '--noout', '--schema', xsd, file], {
        encoding: 'utf8',
      })
    : spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`xmllint failed: ${result.stderr}`);
  const kb = haveTime ? Number(result.stderr.trim().split('\n').pop()) : NaN;
  return { ms, ...(Number.isFinite(kb) ? { rssMb: kb / 1024 } : {}) };
}

function runBench(mode: Mode, file: string): BenchTiming {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BENCH_FILE, '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as BenchTiming;
}

async function roundTrips(): Promise<void> {
  // As `efaktura-bench start` runs: the XSD check on the schema worker (this process never needs
  // libxml on its main thread).
  useSchemaWorker();
  const { startBenchServer } = await import('../simulators/server.ts');
  const tenantKey = 'ebk_tenant_bench_bank_0123456789abcdef';
  const server = await startBenchServer({
    apiKey: tenantKey,
    seed: 2026,
    world: 'empty',
    frozenAt: new Date('2026-01-12T08:00:00+01:00'),
    port: 0,
  });
  try {
    const call = async (method: string, path: string, body: string, headers: Record<string, string>) => {
      const response = await fetch(`${server.url}/bank/v1${path}`, { method, body, headers });
      const text = await response.text();
      if (response.status >= 300)
        throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
      return text;
    };
    const tenantJson = { authorization: `Bearer ${tenantKey}`, 'content-type': 'application/json' };
    const owner = (name: string) => ({ owner: { name }, balance: 1_000_000_000, currency: 'NOK' });
    await call('PUT', `/accounts/${ACCOUNTS.operating}`, JSON.stringify(owner('Eksempel AS')), tenantJson);
    await call('PUT', `/accounts/${ACCOUNTS.kidMod10}`, JSON.stringify(owner('Kraft AS')), tenantJson);
    await call(
      'PUT',
      `/accounts/${ACCOUNTS.kidMod10}/kid-agreement`,
      JSON.stringify({ definitions: [{ algorithm: 'MOD10', length: 15 }] }),
      tenantJson,
    );
    const agreement = JSON.parse(
      await call(
        'PUT',
        `/agreements/${CUSTOMER_ID}`,
        JSON.stringify({
          name: 'Eksempel AS',
          orgNumber: CUSTOMER_ID,
          accounts: [ACCOUNTS.operating],
          requiredApprovals: 1,
          rgb: true,
          users: [{ userId: 'ola', name: 'Ola Nordmann', accounts: [ACCOUNTS.operating] }],
        }),
        tenantJson,
      ),
    ) as { apiKey: string };
    const template = kidPaymentFile(1000, { msgId: 'RT-TEMPLATE' });
    const headers = {
      authorization: `Bearer ${agreement.apiKey}`,
      'content-type': 'application/xml',
      'x-approved-by': 'ola',
    };
    const times: number[] = [];
    for (let i = -5; i < ROUND_TRIPS; i++) {
      const xml = template.replaceAll('RT-TEMPLATE', `RT-${i + 5}`); // a fresh MsgId each time (DU01)
      const start = performance.now();
      await call('POST', '/payment-files', xml, headers);
      if (i >= 0) times.push(performance.now() - start);
    }
    console.log(
      `HTTP round trip, 1,000 transactions (POST /bank/v1/payment-files, loopback, ${ROUND_TRIPS} uploads after 5 warm-up): ` +
        `p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`,
    );
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const xsd = join(locateSchemaDirectory().dir, 'pain.001.001.03.xsd');
  const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
  const haveTime = existsSync('/usr/bin/time');
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(`Node ${process.version}; ${RUNS} runs per size, medians; schema ${xsd}`);
  if (!hasXmllint)
    console.log(
      'xmllint not found: install it with `apt-get install libxml2-utils` to get the comparison. Timing the bench alone.',
    );
  const dir = mkdtempSync(join(os.tmpdir(), 'efb-bank-bench-'));
  try {
    for (const size of SIZES) {
      const genStart = performance.now();
      const file = join(dir, `pain001-v03-${size}.xml`);
      writeFileSync(file, kidPaymentFile(size));
      const mb = readFileSync(file).byteLength / 2 ** 20;
      console.log(
        `\n${size.toLocaleString('en')} transactions: ${mb.toFixed(1)} MiB (generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s)`,
      );
      const lint: Timing[] = [];
      const concurrent: BenchTiming[] = [];
      const sequential: BenchTiming[] = [];
      for (let run = 0; run < RUNS; run++) {
        if (hasXmllint) lint.push(runXmllint(xsd, file, haveTime));
        concurrent.push(runBench('concurrent', file));
        sequential.push(runBench('sequential', file));
      }
      const lintMs = hasXmllint ? median(lint.map((t) => t.ms)) : NaN;
      if (hasXmllint) {
        const lintRss = Math.max(...lint.map((t) => t.rssMb ?? 0));
        console.log(
          `  xmllint --schema:                     median ${lintMs.toFixed(0)} ms, peak RSS ${lintRss ? `${lintRss.toFixed(0)} MiB` : 'n/a'}; runs ${lint.map((t) => t.ms.toFixed(0)).join(', ')} ms`,
        );
      }
      for (const [label, timings] of [
        ['bank (processPaymentFileConcurrently)', concurrent],
        ['one thread (processPaymentFile)      ', sequential],
      ] as const) {
        const ms = median(timings.map((t) => t.ms));
        const rss = Math.max(...timings.map((t) => t.rssMb ?? 0));
        const ratio = hasXmllint ? `, ${(ms / lintMs).toFixed(2)} × xmllint` : '';
        console.log(
          `  ${label}: median ${ms.toFixed(0)} ms${ratio} (cpu ${median(timings.map((t) => t.cpuMs)).toFixed(0)} ms), peak RSS ${rss.toFixed(0)} MiB, ${timings[0]?.groupStatus}; runs ${timings.map((t) => t.ms.toFixed(0)).join(', ')} ms`,
        );
      }
      console.log('  targets: ≤ 1.5 × xmllint, peak RSS < 1536 MiB');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (ROUND_TRIPS > 0) {
    console.log('');
    await roundTrips();
  }
}

if (process.argv[2] === '--child')
  await child(process.argv[3] === 'sequential' ? 'sequential' : 'concurrent', process.argv[4] ?? '');
else await main();
