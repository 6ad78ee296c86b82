// Types for pain001-chunks.mjs (plain JavaScript so the schema worker can load it without a loader).
import type { Document, parseXml } from 'libxmljs2';

type ParserOptions = NonNullable<Parameters<typeof parseXml>[1]>;

export interface Pain001ChunkPlan {
  /** Offset of the first <PmtInf>: everything before it starts every piece. */
  firstPayment: number;
  /** Each PmtInf: its start tag's offset and the offset of its first <CdtTrfTxInf>. */
  payments: Array<{ start: number; headerEnd: number }>;
  /** Where pieces begin (a <CdtTrfTxInf> that is not the first of its PmtInf). */
  splits: Array<{ offset: number; payment: number }>;
  /** Offset just after the last </PmtInf>: what follows ends every piece but the last. */
  afterLastPayment: number;
}

export const CHUNKING_MIN_BYTES: number;
export const CHUNK_TARGET_BYTES: number;

export function planPain001Chunks(
  bytes: Uint8Array,
  options?: { minBytes?: number; chunkBytes?: number },
): Pain001ChunkPlan | null;

export function pain001ChunkCount(plan: Pain001ChunkPlan): number;

export function pain001Chunk(bytes: Uint8Array, plan: Pain001ChunkPlan, index: number): Buffer;

export function validatePain001InChunks(
  libxml: { parseXml(source: string | Buffer, options?: ParserOptions): Document },
  bytes: Uint8Array,
  plan: Pain001ChunkPlan,
  schemaFor: (namespace: string) => Document | undefined,
  parseOptions: ParserOptions,
  release?: () => void,
): { namespace: string } | null;
