import type { ResolvedRow } from './types.js';

// The resolved table of a clustered run in the order of one lint of
// everything: the groups of the base vectors in input order, then the
// overwrites that stand alone, then the component overwrites (the order
// buildGroups gives them). A base vector's rows go out as soon as every base
// vector before it is linted; the rest (few) at the end.

export const enum Section {
  Base = 0,
  Alone = 1,
  Components = 2,
}

interface Slot {
  rows?: ResolvedRow[];
  unresolved?: ResolvedRow[];
}

export class RowOrder {
  private readonly bases: Slot[] = [];
  private readonly baseSlots = new Map<number, Slot>();
  private next = 0;
  private readonly rest: { section: Section; order: number; slot: Slot }[] = [];
  readonly unresolved: ResolvedRow[] = [];

  constructor(private readonly emit: (rows: readonly ResolvedRow[]) => void) {}

  /** A base vector, as it is read (in input order): its rows wait for those before it. */
  expectBase(order: number): void {
    const slot: Slot = {};
    this.bases.push(slot);
    this.baseSlots.set(order, slot);
  }

  /** A group's rows, final. */
  complete(section: Section, order: number, rows: ResolvedRow[], unresolved: ResolvedRow[]): void {
    if (section === Section.Base) {
      const slot = this.baseSlots.get(order);
      if (!slot) throw new Error(`internal: base vector ${order} was not announced`);
      this.baseSlots.delete(order);
      slot.rows = rows;
      slot.unresolved = unresolved;
      this.flush();
      return;
    }
    this.rest.push({ section, order, slot: { rows, unresolved } });
  }

  private flush(): void {
    while (this.next < this.bases.length && this.bases[this.next]!.rows) {
      const slot = this.bases[this.next]!;
      this.out(slot);
      // Released: the table keeps no reference to rows already given out.
      this.bases[this.next++] = {};
    }
  }

  private out(slot: Slot): void {
    if (slot.rows!.length > 0) this.emit(slot.rows!);
    for (const row of slot.unresolved ?? []) this.unresolved.push(row);
  }

  /** Everything linted: the rest of the table. */
  finish(): void {
    this.flush();
    if (this.next < this.bases.length) throw new Error('internal: a base vector was never linted');
    this.rest.sort((a, b) => a.section - b.section || a.order - b.order);
    for (const { slot } of this.rest) this.out(slot);
    this.rest.length = 0;
  }
}
