import { describe, expect, it } from 'vitest';
import { renderHtml } from './html.ts';
import { sampleReport } from './sample-report.ts';

describe('report.html', () => {
  const html = renderHtml(sampleReport());

  it('escapes every value from the run', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('eFaktura &lt;INV-1&gt; &amp; &quot;friends&quot;');
    expect(html).toContain('KID er feil &lt;b&gt;');
  });

  it('is self-contained: no scripts, no external styles, images or links', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('shows the verdict, the seed and each check with its outcome', () => {
    expect(html).toContain('<div class="verdict fail">FAIL</div>');
    expect(html).toContain('42 (replay with --seed 42)');
    for (const check of sampleReport().checks) expect(html).toContain(`id="check-${check.id}"`);
    expect(html).toContain('Mandatory checks not passed:');
  });

  it('explains cited codes in Norwegian and English, linked from the findings', () => {
    expect(html).toContain('id="code-RR09"');
    expect(html).toContain('href="#code-RR09"');
    expect(html).toContain('<div lang="nb"><h4>Norsk</h4>');
    expect(html).toContain('<div lang="en"><h4>English</h4>');
  });

  it('names the active check whose world a passive finding came from', () => {
    expect(html).toContain('In the world of:</span> <a class="mono" href="#check-REM-ID-001">REM-ID-001</a>');
  });
});
