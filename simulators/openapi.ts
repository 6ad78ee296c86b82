// Serves one OpenAPI 3.1 document, merged from the per-surface fragments in docs/openapi/*.yaml.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const docsDir = fileURLToPath(new URL('../docs/openapi/', import.meta.url));

interface Fragment {
  paths?: Record<string, unknown>;
  components?: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    parameters?: Record<string, unknown>;
  };
  tags?: unknown[];
}

export function loadOpenApi(): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  const components: Record<string, Record<string, unknown>> = {
    schemas: {},
    responses: {},
    parameters: {},
    securitySchemes: {},
  };
  const tags: unknown[] = [];
  const files = existsSync(docsDir)
    ? readdirSync(docsDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  for (const file of files) {
    const fragment = parse(readFileSync(`${docsDir}${file}`, 'utf8')) as Fragment | null;
    if (!fragment) continue;
    Object.assign(paths, fragment.paths ?? {});
    for (const kind of ['schemas', 'responses', 'parameters'] as const) {
      Object.assign(components[kind] ?? {}, fragment.components?.[kind] ?? {});
    }
    tags.push(...(fragment.tags ?? []));
  }
  components.securitySchemes = {
    bearer: { type: 'http', scheme: 'bearer', description: 'Tenant key, issuer key or bank agreement key' },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'efaktura-bench',
      version: '1',
      description:
        "Simulators of Norwegian eFaktura B2C (MPS, JTTA, the consumer online bank) and a bank's ISO 20022 endpoints. " +
        'The MPS service is SOAP in reality; its operations, codes and statuses are modelled here as JSON (see docs/decisions).',
    },
    security: [{ bearer: [] }],
    tags,
    paths,
    components,
  };
}
