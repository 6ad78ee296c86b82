// GET / : a short index page, so a person who opens the bench in a browser sees where to go.
export function indexPage(simulators: ReadonlyArray<{ name: string; prefix: string }>): string {
  const rows = simulators.map((s) => `<li><code>${s.prefix}</code> — ${s.name}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>efaktura-bench</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;line-height:1.5}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body>
<h1>efaktura-bench</h1>
<p>Simulators of Norwegian eFaktura B2C and a bank's ISO 20022 endpoints, for integration tests.</p>
<ul>
${rows}
</ul>
<p>Every request needs <code>Authorization: Bearer &lt;tenant key&gt;</code> (printed at start).
The API is described at <a href="/openapi.json"><code>/openapi.json</code></a>.
Explain any code with <code>efaktura-bench explain &lt;code&gt;</code> or <code>GET /sim/v1/codes/&lt;code&gt;</code>.</p>
</body></html>`;
}
