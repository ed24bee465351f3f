import type { Tracker } from '../../db/tracker';
import type { TrackerSession } from './session';

/**
 * The Tracker every service sees: it forwards to whichever file the session has open right now, and
 * refuses (OFFLINE, NOT_FOUND) with the session's sentence when none is. Services therefore never keep a
 * closed connection after the person switches trackers or the share drops and comes back.
 */
export function trackerProxy(session: TrackerSession): Tracker {
  return {
    get dialect() {
      return session.tracker?.dialect ?? 'sqlite';
    },
    get file() {
      return session.tracker?.file ?? session.file ?? '';
    },
    get schemaVersion() {
      return session.tracker?.schemaVersion ?? 0;
    },
    get appSchemaVersion() {
      return session.tracker?.appSchemaVersion ?? 0;
    },
    get readOnlyReason() {
      return session.tracker ? session.tracker.readOnlyReason : (session.error?.message ?? null);
    },
    get db() {
      return session.require().db;
    },
    get stats() {
      return session.tracker?.stats ?? { busyRetries: 0, commits: 0, waiting: 0 };
    },
    writeTx: (fn) => run(session, (t) => t.writeTx(fn)),
    readTx: (fn) => run(session, (t) => t.readTx(fn)),
    withConnection: (fn) => run(session, (t) => t.withConnection(fn)),
    dataVersion: () => run(session, (t) => t.dataVersion()),
    fileMoved: () => run(session, (t) => t.fileMoved()),
    checkIntegrity: (opts) => run(session, (t) => t.checkIntegrity(opts)),
    // The session owns the connection; closing goes through it.
    close: () => session.close(),
  };
}

function run<T>(session: TrackerSession, fn: (t: Tracker) => Promise<T>): Promise<T> {
  try {
    return fn(session.require());
  } catch (err) {
    return Promise.reject(err);
  }
}
