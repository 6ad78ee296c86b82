// The journal's wire shape (GET /sim/v1/journal, ARCHITECTURE.md §5.1): the kernel's own type.
export type { JournalEntry } from '../../simulators/kernel/journal.ts';
