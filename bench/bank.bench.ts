// npm run bench:bank — pain.001 intake against xmllint (issue 3). A benchmark, not a test: it
// prints numbers and asserts nothing.
//
// 1. Generates pain.001.001.03 files of 1,000 and 100,000 KID transactions (valid BBANs, MOD10
//    KIDs matching the creditor's KID agreement) into a temp dir with buildPain001.
// 2. Times `xmllint --noout --schema pain.001.001.03.xsd FILE` (the floor: parse + XSD, in C)
//    against the bench's full processing of the same file, two ways:
//    - processPaymentFile as the bank calls it today (safe parse, XSD, reader, rule pass, the
//      receipt and validation reports), plus writing every pain.002 it returns;
//    - the same steps overlapped (intakePain001): libxml parse + XSD on the schema worker while
//      the main thread reads the file and runs the bank's rule pass.
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
import { buildPain001, type Pain001TransactionInput } from '../src/iso20022/pain001-builder.ts';
import { writePain002 } from '../src/iso20022/pain002.ts';
import { locateSchemaDirectory } from '../src/iso20022/xml/schema-files.ts';
import { makeKid } from '../src/norway/index.ts';
import { processPaymentFile } from '../src/bank/process-payment-file.ts';
import { evaluatePaymentFile } from '../src/bank/evaluate-payment-file.ts';
import { receiptReport, validationReport } from '../src/bank/status-reports.ts';
import { intakePain001 } from '../src/iso20022/pain001-intake.ts';
import { osloIso } from '../src/norway/oslo-time.ts';
import {
  ACCOUNTS,
  CUSTOMER_ID,
  bankFixture,
  demoAgreement,
  intakeContext,
} from '../src/bank/testing/bank-fixture.ts';

const SIZES = (process.env.BANK_BENCH_SIZES ?? '1000,100000').split(',').map(Number);
const RUNS = Math.max(3, Number(process.env.BANK_BENCH_RUNS ?? 3));
const ROUND_TRIPS = Number(process.env.BANK_BENCH_ROUND_TRIPS ?? 30);
const BENCH_FILE = new URL(import.meta.url).pathname;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function kid(i: number): string {
  const result = makeKid(String(10_000_000_000_000 + i), 'MOD10'); // 14-digit body → length 15
  if (!result.valid) throw new Error(`bench setup: KID for ${i}`);
  return result.value;
}

/** A pain.001.001.03 of `count` KID payments from the fixture's operating account. */
export function generatePain001(count: number, msgId = `BENCH-${count}`): string {
  const transactions: Pain001TransactionInput[] = [];
  for (let i = 0; i < count; i++) {
    transactions.push({
      endToEndId: `E2E-${i}`,
      amountOre: 10_000 + (i % 90_000),
      creditorName: i % 2 === 0 ? 'Kraft AS' : 'Leverandør i annen bank AS',
      // Half to an account held in the bank with a MOD10/15 KID agreement, half to another bank.
      creditorAccount: i % 2 === 0 ? ACCOUNTS.kidMod10 : ACCOUNTS.otherBank,
      kid: kid(i),
    });
  }
  return buildPain001(
    {
      msgId,
      creDtTm: '2026-01-12T07:55:00',
      initiatingPartyId: CUSTOMER_ID,
      initiatingPartyName: 'Eksempel AS',
      payments: [
        {
          pmtInfId: `${msgId}-1`,
          executionDate: '2026-01-13',
          debtorName: 'Eksempel AS',
          debtorAccount: ACCOUNTS.operating,
          transactions,
        },
      ],
    },
    { pretty: false },
  );
}

type Outcome = { groupStatus: string | undefined; reports: number; bytes: number };

/** The measured work: everything the bank does with an upload, up to the pain.002 texts. */
function fullProcessing(xml: string): Outcome {
  const agreement = demoAgreement();
  const state = bankFixture(agreement);
  const result = processPaymentFile(xml, agreement, {
    ...intakeContext(),
    ledger: state.ledger,
    isMessageIdUsed: () => false,
  });
  if (result.kind !== 'processed') throw new Error(`bench: unusable file: ${result.code} ${result.message}`);
  let bytes = 0;
  for (const { report } of result.reports) bytes += writePain002(report).length;
  const last = result.reports[result.reports.length - 1];
  return { groupStatus: last?.report.group.status, reports: result.reports.length, bytes };
}

/**
 * The same steps for a valid file with the XSD check on the schema worker (intakePain001): libxml
 * parse + XSD on one core while this thread reads the file and runs the bank's rule pass
 * (evaluatePaymentFile) on the other; then the same receipt and validation reports. A prototype
 * of how processPaymentFile could be wired; measured here, not yet the bank's entry point.
 */
async function overlappedProcessing(xml: string): Promise<Outcome> {
  const agreement = demoAgreement();
  const state = bankFixture(agreement);
  const context = { ...intakeContext(), ledger: state.ledger, isMessageIdUsed: () => false };
  const intake = await intakePain001(xml, (document) =>
    evaluatePaymentFile(document, agreement, context, context.nextId('file')),
  );
  if (intake.kind !== 'pain001') throw new Error(`bench: ${intake.kind}`);
  const header = () => ({ messageId: context.nextId('pain002'), creationDateTime: osloIso(context.now) });
  const file = intake.evaluated.file;
  const reports = [
    receiptReport(file, header()),
    ...(file.groupRejected ? [] : [validationReport(file, header())]),
  ];
  let bytes = 0;
  for (const report of reports) bytes += writePain002(report).length;
  return { groupStatus: reports[reports.length - 1]?.group.status, reports: reports.length, bytes };
}

/** Child mode: warm up on a small file, then time one processing of FILE. */
async function child(mode: string, file: string): Promise<void> {
  const run = mode === 'overlapped' ? overlappedProcessing : async (xml: string) => fullProcessing(xml);
  await run(generatePain001(200, 'WARM-UP'));
  const xml = readFileSync(file, 'utf8');
  const cpu = process.cpuUsage();
  const start = performance.now();
  const outcome = await run(xml);
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

function runBench(mode: 'sequential' | 'overlapped', file: string): BenchTiming {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BENCH_FILE, '--child', mode, file], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`bench child failed: ${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as BenchTiming;
}

async function roundTrips(): Promise<void> {
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
    const template = generatePain001(1000, 'RT-TEMPLATE');
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
      writeFileSync(file, generatePain001(size));
      const mb = readFileSync(file).byteLength / 2 ** 20;
      console.log(
        `\n${size.toLocaleString('en')} transactions: ${mb.toFixed(1)} MiB (generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s)`,
      );
      const lint: Timing[] = [];
      const sequential: BenchTiming[] = [];
      const overlapped: BenchTiming[] = [];
      for (let run = 0; run < RUNS; run++) {
        if (hasXmllint) lint.push(runXmllint(xsd, file, haveTime));
        sequential.push(runBench('sequential', file));
        overlapped.push(runBench('overlapped', file));
      }
      const lintMs = hasXmllint ? median(lint.map((t) => t.ms)) : NaN;
      if (hasXmllint) {
        const lintRss = Math.max(...lint.map((t) => t.rssMb ?? 0));
        console.log(
          `  xmllint --schema:                 median ${lintMs.toFixed(0)} ms, peak RSS ${lintRss ? `${lintRss.toFixed(0)} MiB` : 'n/a'}; runs ${lint.map((t) => t.ms.toFixed(0)).join(', ')} ms`,
        );
      }
      for (const [label, timings] of [
        ['processPaymentFile (bank, as is)', sequential],
        ['overlapped (intakePain001)      ', overlapped],
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

if (process.argv[2] === '--child') await child(process.argv[3] ?? '', process.argv[4] ?? '');
else await main();
