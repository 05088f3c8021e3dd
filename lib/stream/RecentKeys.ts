/**
 * Keys with a time each, in order of insertion, at most `maxKeys` of them — the memory of
 * {@link dedupeEvents} — without a Map entry or a key string per event: a ring of typed-array slots
 * (hash, time) holds the keys in order and an open-addressing table of slot numbers finds them by
 * hash (well mixed in its low bits, as `stringHash` and `jsonTextHash` are). Two keys
 * with the same hash are told apart by `same`. It does what a Map<key, time> does
 * where deleting a key and setting it again moves it to the end, so `oldest` is the Map's first key.
 * @example const keys = new RecentKeys<string>((a, b) => a === b); keys.add("L1", stringHash("L1"), t);
 */
export class RecentKeys<K> {
  /** Keys held now. */
  size = 0;
  private capacity = 16;
  private keys: (K | undefined)[] = new Array<K | undefined>(this.capacity);
  private hashes = new Int32Array(this.capacity);
  // NaN marks a free slot: a key is never added with time NaN.
  private times = new Float64Array(this.capacity).fill(NaN);
  // Ring positions, counted from the start; slot = position & (capacity - 1).
  private head = 0;
  private tail = 0;
  // Slot + 1 per table position, 0 when empty; linear probing, at most half full.
  private table = new Int32Array(2 * this.capacity);

  constructor(private readonly same: (a: K, b: K) => boolean) {}

  /** The slot holding `key` (with its `hash`), or -1. */
  find(key: K, hash: number): number {
    const mask = this.table.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const entry = this.table[i];
      if (entry === 0) return -1;
      const slot = entry - 1;
      if (this.hashes[slot] === hash && this.same(this.keys[slot]!, key)) return slot;
    }
  }

  /** The time of the key in `slot`. */
  timeAt(slot: number): number {
    return this.times[slot];
  }

  /** Adds a key (not held) with its hash and time (not NaN) as the newest. */
  add(key: K, hash: number, time: number): void {
    if (this.tail - this.head === this.capacity) this.repack();
    const slot = this.tail++ & (this.capacity - 1);
    this.keys[slot] = key;
    this.hashes[slot] = hash;
    this.times[slot] = time;
    this.size++;
    const mask = this.table.length - 1;
    let i = hash & mask;
    while (this.table[i] !== 0) i = (i + 1) & mask;
    this.table[i] = slot + 1;
  }

  /** Removes the key in `slot`. */
  remove(slot: number): void {
    const mask = this.table.length - 1;
    let i = this.hashes[slot] & mask;
    while (this.table[i] !== slot + 1) i = (i + 1) & mask;
    // Backward-shift deletion: move up each later entry of the run that may sit at i, so every
    // entry stays reachable from its home without tombstones.
    for (let j = (i + 1) & mask; this.table[j] !== 0; j = (j + 1) & mask) {
      const home = this.hashes[this.table[j] - 1] & mask;
      // Entry j may move to i when its home is not in the cyclic range (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        this.table[i] = this.table[j];
        i = j;
      }
    }
    this.table[i] = 0;
    this.keys[slot] = undefined;
    this.times[slot] = NaN;
    this.size--;
    while (this.head < this.tail && Number.isNaN(this.times[this.head & (this.capacity - 1)]))
      this.head++;
  }

  /** The slot of the oldest key, or -1 when empty. */
  oldest(): number {
    return this.size === 0 ? -1 : this.head & (this.capacity - 1);
  }

  /** Removes every key whose time fails `keep`. */
  prune(keep: (time: number) => boolean): void {
    for (let p = this.head; p < this.tail; p++) {
      const slot = p & (this.capacity - 1);
      const t = this.times[slot];
      if (!Number.isNaN(t) && !keep(t)) this.remove(slot);
    }
  }

  // The ring is full of keys and freed slots: copy the keys, in order, to the start of a ring
  // twice as large when more than half are held (so this costs O(1) per add), else as large.
  private repack(): void {
    const capacity = this.size * 2 > this.capacity ? this.capacity * 2 : this.capacity;
    const keys = new Array<K | undefined>(capacity);
    const hashes = new Int32Array(capacity);
    const times = new Float64Array(capacity).fill(NaN);
    let n = 0;
    for (let p = this.head; p < this.tail; p++) {
      const slot = p & (this.capacity - 1);
      if (Number.isNaN(this.times[slot])) continue;
      keys[n] = this.keys[slot];
      hashes[n] = this.hashes[slot];
      times[n++] = this.times[slot];
    }
    this.capacity = capacity;
    this.keys = keys;
    this.hashes = hashes;
    this.times = times;
    this.head = 0;
    this.tail = n;
    this.table = new Int32Array(2 * capacity);
    const mask = this.table.length - 1;
    for (let slot = 0; slot < n; slot++) {
      let i = hashes[slot] & mask;
      while (this.table[i] !== 0) i = (i + 1) & mask;
      this.table[i] = slot + 1;
    }
  }
}
