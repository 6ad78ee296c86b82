// report.html: for a person. Summary first, then every check with its rule, source, evidence and
// what to fix, then the catalogue explanations in Norwegian and English. Self-contained (inline CSS,
// no scripts, no external assets) and every value from the run is escaped.
import type { CatalogueExplanation, CheckResult, ConformanceReport } from './report-schema.ts';
import { escapeHtml as e } from './text.ts';

const STYLE = `
:root { --ok:#1a7f37; --bad:#cf222e; --warn:#9a6700; --muted:#57606a; --line:#d0d7de; --bg:#f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:#1f2328; margin:0; background:#fff; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 20px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 36px 0 12px; border-bottom:1px solid var(--line); padding-bottom:6px; }
h3 { font-size: 16px; margin: 0; display:inline; }
.sub { color: var(--muted); margin: 0 0 16px; }
.verdict { display:inline-block; font-weight:700; padding:6px 14px; border-radius:6px; color:#fff; font-size:18px; margin:8px 0 12px; }
.verdict.pass { background: var(--ok); } .verdict.fail { background: var(--bad); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align:left; padding: 6px 8px; border-bottom:1px solid var(--line); vertical-align: top; }
th { background: var(--bg); font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meta td:first-child { color: var(--muted); width: 180px; }
.badge { display:inline-block; font-size:12px; font-weight:700; padding:1px 8px; border-radius:10px; color:#fff; text-transform:uppercase; letter-spacing:.03em; }
.badge.passed { background: var(--ok); } .badge.failed { background: var(--bad); } .badge.error { background: var(--warn); } .badge.skipped { background: var(--muted); }
.sev { font-size:12px; color: var(--muted); border:1px solid var(--line); border-radius:10px; padding:0 7px; }
.sev.mandatory { color:#1f2328; font-weight:600; }
details.check { border:1px solid var(--line); border-radius:6px; margin: 10px 0; background:#fff; }
details.check > summary { cursor:pointer; padding:10px 12px; list-style: none; display:flex; gap:10px; align-items:center; flex-wrap: wrap; }
details.check > summary::-webkit-details-marker { display:none; }
details.check[open] > summary { border-bottom:1px solid var(--line); background: var(--bg); }
details.check .body { padding: 10px 14px 14px; }
.id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-weight:700; }
.time { color: var(--muted); font-size: 13px; margin-left:auto; }
.rule { margin: 4px 0 8px; }
.src { color: var(--muted); font-size: 13px; }
.finding { border-left: 4px solid var(--bad); background:#fff8f8; padding: 8px 12px; margin: 10px 0; border-radius: 0 6px 6px 0; }
.finding.recommended { border-left-color: var(--warn); background:#fffbf0; }
.finding p { margin: 2px 0; }
.label { font-weight:600; }
pre { background: var(--bg); border:1px solid var(--line); border-radius:6px; padding:8px 10px; overflow:auto; max-height: 320px; font-size: 12.5px; white-space: pre-wrap; word-break: break-word; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.codes a { margin-right: 6px; }
.notes { color: var(--muted); font-size: 14px; margin: 8px 0 0; padding-left: 18px; }
.error { color: var(--warn); font-weight: 600; }
.code-entry { border:1px solid var(--line); border-radius:6px; padding:10px 14px; margin:10px 0; }
.code-entry h3 { font-family: ui-monospace, monospace; }
.lang { display:grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.lang h4 { margin: 6px 0 2px; font-size: 13px; color: var(--muted); text-transform: uppercase; }
.lang p { margin: 2px 0 6px; }
@media (max-width: 720px) { .lang { grid-template-columns: 1fr; } }
footer { color: var(--muted); font-size: 13px; margin-top: 40px; }
`;

function codeAnchor(code: string): string {
  return `code-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function checkAnchor(id: string): string {
  return `check-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function badge(outcome: CheckResult['outcome']): string {
  return `<span class="badge ${e(outcome)}">${e(outcome)}</span>`;
}

function codesLinks(codes: readonly string[], known: ReadonlySet<string>): string {
  return codes
    .map((code) =>
      known.has(code)
        ? `<a class="mono" href="#${codeAnchor(code)}">${e(code)}</a>`
        : `<span class="mono">${e(code)}</span>`,
    )
    .join(' ');
}

function renderCheck(check: CheckResult, known: ReadonlySet<string>): string {
  const open = check.outcome === 'failed' || check.outcome === 'error' ? ' open' : '';
  const sources = check.sources
    .map(
      (s) =>
        `${e(s.notes)} ${e(s.section)}${s.keys.length ? ` [${e(s.keys.join(', '))}]` : ''} (${e(s.evidence)})`,
    )
    .join('; ');
  const findings = check.findings
    .map(
      (f) => `<div class="finding ${e(check.severity)}">
  <p>${e(f.message)}</p>
  ${f.during ? `<p><span class="label">In the world of:</span> <a class="mono" href="#${checkAnchor(f.during)}">${e(f.during)}</a></p>` : ''}
  <p><span class="label">Fix:</span> ${e(f.fix)}</p>
  ${f.seqs.length ? `<p><span class="label">Journal:</span> <span class="mono">seq ${e(f.seqs.join(', '))}</span> <span class="src">(GET /sim/v1/journal?since=…)</span></p>` : ''}
  ${f.codes.length ? `<p class="codes"><span class="label">Codes:</span> ${codesLinks(f.codes, known)}</p>` : ''}
  ${f.excerpt ? `<pre>${e(f.excerpt)}</pre>` : ''}
</div>`,
    )
    .join('\n');
  const journal = check.evidence.journal
    ? `<p class="src">World journal range: seq ${e(String(check.evidence.journal.from + 1))}–${e(String(check.evidence.journal.to))}</p>`
    : '';
  const targets = check.targets.length
    ? `<p class="src">Designed to catch: ${e(check.targets.join(', '))}</p>`
    : '';
  return `<details class="check" id="${checkAnchor(check.id)}"${open}>
<summary>${badge(check.outcome)} <span class="id">${e(check.id)}</span> <h3>${e(check.title)}</h3> <span class="sev ${e(check.severity)}">${e(check.severity)}</span> <span class="time">${e((check.durationMs / 1000).toFixed(2))} s</span></summary>
<div class="body">
<p class="rule"><span class="label">Rule:</span> ${e(check.rule)}</p>
<p class="src">Source: ${sources}</p>
${targets}
${check.error ? `<p class="error">${e(check.error)}</p>` : ''}
${findings}
${check.notes.length ? `<ul class="notes">${check.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : ''}
${journal}
</div>
</details>`;
}

function renderCode(entry: CatalogueExplanation): string {
  return `<div class="code-entry" id="${codeAnchor(entry.code)}">
<h3>${e(entry.code)}</h3> <span class="src">${e(entry.family)}</span>
<div class="lang">
<div lang="nb"><h4>Norsk</h4><p><strong>${e(entry.title.nb)}</strong></p><p>${e(entry.meaning.nb)}</p><p><span class="label">Tiltak:</span> ${e(entry.remedy.nb)}</p></div>
<div lang="en"><h4>English</h4><p><strong>${e(entry.title.en)}</strong></p><p>${e(entry.meaning.en)}</p><p><span class="label">Remedy:</span> ${e(entry.remedy.en)}</p></div>
</div>
</div>`;
}

export function renderHtml(report: ConformanceReport): string {
  const s = report.summary;
  const known = new Set(report.codes.map((c) => c.code));
  const rows = report.checks
    .map(
      (c) =>
        `<tr><td><a class="mono" href="#${checkAnchor(c.id)}">${e(c.id)}</a></td><td>${e(c.title)}</td><td>${e(c.area)}</td><td>${e(c.severity)}</td><td>${badge(c.outcome)}</td><td class="num">${e((c.durationMs / 1000).toFixed(2))} s</td></tr>`,
    )
    .join('\n');
  const failing = s.mandatoryNotPassed.length
    ? `<p>Mandatory checks not passed: ${s.mandatoryNotPassed.map((id) => `<a class="mono" href="#${checkAnchor(id)}">${e(id)}</a>`).join(', ')}</p>`
    : '<p>Every mandatory check that ran passed.</p>';
  const meta: Array<[string, string]> = [
    ['Run', report.runId],
    ['Seed', `${report.seed} (replay with --seed ${report.seed})`],
    [
      'Virtual clock',
      `${report.clock.start} (${report.clock.timeZone}, ${report.clock.frozen ? 'frozen' : 'running'}) in every check world`,
    ],
    [
      'Bench',
      `${report.bench.url} — efaktura-bench ${report.bench.version}${report.bench.inProcess ? ' (started by the runner)' : ''}`,
    ],
    [
      'Driver',
      `${report.driver.url}${report.driver.reference ? ' — reference client' : ''}${report.driver.mutant ? `, mutant ${report.driver.mutant}` : ''}`,
    ],
    ['Started', `${report.startedAt} (took ${(report.durationMs / 1000).toFixed(1)} s)`],
    ['Selection', report.selection.only ? report.selection.only.join(', ') : 'all checks'],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>efaktura-bench conformance — ${e(s.verdict.toUpperCase())} — ${e(report.runId)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Conformance report</h1>
<p class="sub">efaktura-bench: eFaktura B2C and ISO 20022 remittance</p>
<div class="verdict ${e(s.verdict)}">${s.verdict === 'pass' ? 'PASS' : 'FAIL'}</div>
<p><strong>${e(String(s.passed))}</strong> passed, <strong>${e(String(s.failed))}</strong> failed, <strong>${e(String(s.errors))}</strong> errors, <strong>${e(String(s.skipped))}</strong> skipped, of ${e(String(s.total))} checks.</p>
${failing}
<table class="meta">${meta.map(([k, v]) => `<tr><td>${e(k)}</td><td>${e(v)}</td></tr>`).join('')}</table>

<h2>Checks</h2>
<table>
<thead><tr><th>Id</th><th>Check</th><th>Area</th><th>Severity</th><th>Outcome</th><th class="num">Time</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>

<h2>Details</h2>
${report.checks.map((c) => renderCheck(c, known)).join('\n')}

<h2>Codes in this report</h2>
${report.codes.length ? report.codes.map(renderCode).join('\n') : '<p>No catalogue codes were cited.</p>'}

<h2>Settings</h2>
<p class="src">GET /sim/v1/settings at the start of the run.</p>
<pre>${e(JSON.stringify(report.settings, null, 2))}</pre>

<footer>Schema ${e(report.schema)} — the same data as report.json and junit.xml in this folder. Explain any code with <code>efaktura-bench explain &lt;code&gt;</code>.</footer>
</main>
</body>
</html>
`;
}
