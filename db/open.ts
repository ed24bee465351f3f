import { join, resolve } from 'node:path';
import { openTracker, type TrackerOptions } from './connection';
import { openServerTracker } from './postgres/connection';
import { displayAddress } from './postgres/errors';
import type { Tracker } from './tracker';

/** A tracker kept on a PostgreSQL server is named by its address; anything else is a file path. */
export const isServerAddress = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** A file's absolute path, or a server's address as given. */
export const trackerLocation = (location: string): string => (isServerAddress(location) ? location : resolve(location));

/** How a tracker's location is shown and logged: a server's address never with its password. */
export const shownLocation = (location: string): string => (isServerAddress(location) ? displayAddress(location) : location);

/** The server's migrations sit beside the file's (db/migrations → db/migrations-postgres). */
export const serverMigrationsDir = (fileMigrationsDir: string): string => join(fileMigrationsDir, '..', 'migrations-postgres');

/**
 * Opens the tracker at `location` on whichever backend holds it: a postgres:// address opens the server, any other
 * location the SQLite file (../shared/DESIGN.md "Backends"). Options that only mean something for a file are ignored
 * by the server.
 */
export function openTrackerAt(location: string, opts: Omit<TrackerOptions, 'file'>): Promise<Tracker> {
  if (isServerAddress(location))
    return openServerTracker({ url: location, migrationsDir: serverMigrationsDir(opts.migrationsDir), busyTotalMs: opts.busyTotalMs, random: opts.random, onOffline: opts.onOffline, inspectOnly: opts.inspectOnly });
  return openTracker({ ...opts, file: location });
}
