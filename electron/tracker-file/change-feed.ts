import type { Tracker } from '../../db/tracker';
import { feedRepo, type ChangeRecord, type FeedCursor } from '../../db/repositories/feed-repo';

const KEEP = 1000;
const MIN_POLL_MS = 1000;

/**
 * What other desktops (and this one) committed, as a numbered in-memory list the renderer polls with
 * `since`. The file is only read when `PRAGMA data_version` (or our own commit count) says something
 * changed, so polling every 2 seconds costs one cheap pragma.
 */
export class ChangeFeed {
  private seq = 0;
  /** Callers whose `since` is below this missed changes (reconnect, overflow) and must reload. */
  private resetSeq = 0;
  private items: { seq: number; change: ChangeRecord }[] = [];
  private cursor: FeedCursor | null = null;
  private dataVersion = -1;
  private commits = -1;
  private lastPoll = 0;
  private polling: Promise<void> | null = null;

  /** Starts from the file's newest change (after opening or reconnecting): earlier ones are not news. */
  async start(tracker: Tracker): Promise<void> {
    this.cursor = await tracker.readTx((tx) => feedRepo.feedHead(tx));
    this.dataVersion = await tracker.dataVersion();
    this.commits = tracker.stats.commits;
    this.seq++;
    this.resetSeq = this.seq;
    this.items = [];
    this.lastPoll = Date.now();
  }

  /** Reads new changes if the file changed; at most one poll at a time, at most one a second. */
  poll(tracker: Tracker, force = false): Promise<void> {
    if (this.polling) return this.polling;
    if (!force && Date.now() - this.lastPoll < MIN_POLL_MS) return Promise.resolve();
    this.polling = this.read(tracker).finally(() => {
      this.polling = null;
      this.lastPoll = Date.now();
    });
    return this.polling;
  }

  private async read(tracker: Tracker): Promise<void> {
    if (!this.cursor) return this.start(tracker);
    const dv = await tracker.dataVersion();
    const commits = tracker.stats.commits;
    if (dv === this.dataVersion && commits === this.commits) return;
    this.dataVersion = dv;
    this.commits = commits;
    for (let pages = 0; ; pages++) {
      const r = await tracker.readTx((tx) => feedRepo.changesSince(tx, this.cursor!, 200));
      this.cursor = r.cursor;
      for (const change of r.changes) this.items.push({ seq: ++this.seq, change });
      if (!r.more) break;
      if (pages >= 5) {
        // Far behind (a bulk import): skip to the head and have everyone reload.
        this.cursor = await tracker.readTx((tx) => feedRepo.feedHead(tx));
        this.resetSeq = ++this.seq;
        break;
      }
    }
    if (this.items.length > KEEP) this.items = this.items.slice(-KEEP);
  }

  /** Changes after `since`; `reset` when the caller cannot be brought up to date change by change. */
  since(since: number | undefined): { seq: number; changes: ChangeRecord[]; reset: boolean } {
    if (since === undefined || since > this.seq) return { seq: this.seq, changes: [], reset: since !== undefined };
    const oldest = this.items[0]?.seq ?? this.seq + 1;
    const reset = since < this.resetSeq || since < oldest - 1;
    return { seq: this.seq, changes: reset ? [] : this.items.filter((i) => i.seq > since).map((i) => i.change), reset };
  }
}
