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

interface Slot<P> {
  done?: true;
  rows?: P;
  unresolved?: readonly ResolvedRow[];
}

/** The pieces of the table (`P`: a group's rows, in whatever form the run keeps them) in the table's order. */
export class RowOrder<P> {
  private readonly bases: Slot<P>[] = [];
  private readonly baseSlots = new Map<number, Slot<P>>();
  private next = 0;
  private readonly rest: { section: Section; order: number; slot: Slot<P> }[] = [];
  readonly unresolved: ResolvedRow[] = [];

  constructor(private readonly emit: (rows: P) => void) {}

  /** A base vector, as it is read (in input order): its rows wait for those before it. */
  expectBase(order: number): void {
    const slot: Slot<P> = {};
    this.bases.push(slot);
    this.baseSlots.set(order, slot);
  }

  /** A group's rows, final. */
  complete(section: Section, order: number, rows: P, unresolved: readonly ResolvedRow[]): void {
    if (section === Section.Base) {
      const slot = this.baseSlots.get(order);
      if (!slot) throw new Error(`internal: base vector ${order} was not announced`);
      this.baseSlots.delete(order);
      slot.done = true;
      slot.rows = rows;
      slot.unresolved = unresolved;
      this.flush();
      return;
    }
    this.rest.push({ section, order, slot: { done: true, rows, unresolved } });
  }

  private flush(): void {
    while (this.next < this.bases.length && this.bases[this.next]!.done) {
      const slot = this.bases[this.next]!;
      this.out(slot);
      // Released: the table keeps no reference to rows already given out.
      this.bases[this.next++] = {};
    }
  }

  private out(slot: Slot<P>): void {
    this.emit(slot.rows!);
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
