// Plain-text renderings of catalogue entries for `efaktura-bench explain` and `codes list`
// (ARCHITECTURE.md §6): support staff read them in a terminal, so text wraps and commands in
// backticks are never split across lines.
import type { CatalogueEntry, CodeAppearance } from './types.ts';

export type ExplainLang = 'nb' | 'en';

interface Labels {
  meaning: string;
  causes: string;
  remedy: string;
  appearsIn: string;
  trigger: string;
  httpStatus: string;
  source: string;
  evidence: Record<'C' | 'P' | 'I', string>;
  levels: Record<string, string>;
}

const labels: Record<ExplainLang, Labels> = {
  en: {
    meaning: 'Meaning',
    causes: 'Common causes',
    remedy: 'What to tell the customer',
    appearsIn: 'Where it appears',
    trigger: 'How to trigger it in the bench',
    httpStatus: 'HTTP status in the bench',
    source: 'Source',
    evidence: { C: 'evidence: confirmed', P: 'evidence: partly confirmed', I: 'evidence: inferred' },
    levels: {
      group: 'group level',
      payment: 'payment level',
      transaction: 'transaction level',
      request: 'request',
      shipment: 'shipment',
    },
  },
  nb: {
    meaning: 'Betydning',
    causes: 'Vanlige årsaker',
    remedy: 'Hva du sier til kunden',
    appearsIn: 'Hvor koden vises',
    trigger: 'Slik utløser du den i benken',
    httpStatus: 'HTTP-status i benken',
    source: 'Kilde',
    evidence: { C: 'evidens: bekreftet', P: 'evidens: delvis bekreftet', I: 'evidens: antatt' },
    levels: {
      group: 'gruppenivå',
      payment: 'betalingsnivå',
      transaction: 'transaksjonsnivå',
      request: 'forespørsel',
      shipment: 'forsendelse',
    },
  },
};

export interface ExplainOptions {
  /** Line width for wrapping; default 100. */
  width?: number;
}

/** A word is a run of non-space text; a `backtick span` counts as one word even with spaces in it. */
const WORD = /(?:`[^`]*`|[^\s`]|`)+/g;

function wrap(text: string, width: number, firstIndent: string, restIndent = firstIndent): string[] {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.match(WORD) ?? []) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = restIndent + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function describeAppearance(appearance: CodeAppearance, l: Labels): string {
  const parts = [appearance.message];
  if (appearance.level) parts.push(l.levels[appearance.level] ?? appearance.level);
  const where = parts.join(', ');
  return appearance.endpoint ? `${where} (${appearance.endpoint})` : where;
}

/** A readable block: code, family, title, meaning, causes, remedy, where it appears, trigger, source. */
export function formatExplanation(
  entry: CatalogueEntry,
  lang: ExplainLang,
  options: ExplainOptions = {},
): string {
  const width = options.width ?? 100;
  const l = labels[lang];
  const out: string[] = [`${entry.code}  (${entry.family})`, ...wrap(entry.title[lang], width, '')];
  const section = (heading: string, body: string[]): void => {
    out.push('', heading, ...body);
  };
  const paragraph = (text: string): string[] => wrap(text, width, '  ');
  const bullets = (items: string[]): string[] => items.flatMap((item) => wrap(item, width, '  - ', '    '));

  section(l.meaning, paragraph(entry.meaning[lang]));
  section(l.causes, bullets(entry.causes.map((cause) => cause[lang])));
  section(l.remedy, paragraph(entry.remedy[lang]));
  if (entry.appearsIn.length > 0) {
    section(l.appearsIn, bullets(entry.appearsIn.map((appearance) => describeAppearance(appearance, l))));
  }
  if (entry.trigger) section(l.trigger, paragraph(entry.trigger.description));
  if (entry.httpStatus !== undefined) section(l.httpStatus, paragraph(String(entry.httpStatus)));
  section(l.source, [
    ...paragraph(entry.source),
    ...(entry.evidence ? paragraph(l.evidence[entry.evidence]) : []),
  ]);
  return out.join('\n');
}

/** One line per code: `CODE<TAB>family<TAB>title`. */
export function formatCodeList(entries: readonly CatalogueEntry[], lang: ExplainLang): string {
  return entries.map((entry) => `${entry.code}\t${entry.family}\t${entry.title[lang]}`).join('\n');
}

// Optimal string alignment distance: Levenshtein plus adjacent transpositions, so AC30 is 1 from AC03.
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] ?? [];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * Entries close to something a user typed, best first: codes within a small edit distance
 * ('AC3' → AC03), codes it is the start of ('NARR-AG08' → NARR-AG08-…), and entries whose title
 * contains it ('Ugyldig KID-nummer' → NARR-UGYLDIG-KID).
 */
export function closeMatches(query: string, entries: readonly CatalogueEntry[], max = 5): CatalogueEntry[] {
  const wanted = query.trim().toUpperCase();
  if (wanted === '') return [];
  const scored: { entry: CatalogueEntry; score: number }[] = [];
  for (const entry of entries) {
    const code = entry.code.toUpperCase();
    const distance = editDistance(wanted, code);
    let score = Number.POSITIVE_INFINITY;
    if (distance <= Math.min(2, Math.ceil(code.length / 2))) score = distance;
    else if (wanted.length >= 2 && code.startsWith(wanted)) score = 2.5;
    else if (
      wanted.length >= 4 &&
      [entry.title.nb, entry.title.en].some((title) => title.toUpperCase().includes(wanted))
    ) {
      score = 3;
    }
    if (Number.isFinite(score)) scored.push({ entry, score });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.entry.code.localeCompare(y.entry.code))
    .slice(0, max)
    .map(({ entry }) => entry);
}
