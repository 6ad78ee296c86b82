// Reads an ISO 20022 upload: the body must be declared XML (application/xml, text/xml or
// any +xml type); anything else is 415 before a byte is parsed (ARCHITECTURE.md §4).
import { readText } from '../kernel/http.ts';
import { ProblemError } from '../kernel/problem.ts';

export function isXmlContentType(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml');
}

export async function readXmlBody(request: Request): Promise<string> {
  const contentType = request.headers.get('content-type');
  if (!isXmlContentType(contentType)) {
    throw new ProblemError(
      415,
      'EB-UNSUPPORTED-MEDIA-TYPE',
      `Send the pain.001 with Content-Type application/xml, not "${contentType ?? '(none)'}".`,
    );
  }
  return readText(request);
}
