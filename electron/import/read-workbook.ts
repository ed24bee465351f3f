// Reading a spreadsheet for the import. The file is read here; its bytes are parsed on a worker thread with
// its own memory cap, so a file built to exhaust memory or the stack (one cell at XFD1048576, a 400 MB cell,
// a 150,000-row sheet) fails that worker with a message, and the window or web host goes on serving.
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/api/result';
import { IMPORT_LIMITS } from './limits';
import type { Workbook } from './parse-workbook';
import type { WorkbookJob } from './workbook-worker';

export type ImportSource = { kind: 'path'; path: string } | { kind: 'upload'; name: string; base64: string };

/** The worker's file name beside the bundled main process (scripts/build-electron.mjs defines it). */
declare const __WORKBOOK_WORKER__: string | undefined;

/** What a worker may use: far above any real tracker's needs, far below what takes the machine down. */
export const WORKER_LIMITS = { heapMb: 1024, stackMb: 8, seconds: 120 } as const;

function startWorker(job: WorkbookJob): Worker {
  const options: WorkerOptions = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_LIMITS.heapMb, stackSizeMb: WORKER_LIMITS.stackMb } };
  if (typeof __WORKBOOK_WORKER__ === 'string') return new Worker(join(__dirname, __WORKBOOK_WORKER__), options);
  // From source (the web host and CLI under tsx, and the tests): the worker loads TypeScript through tsx.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Worker(new URL('./workbook-worker.ts', import.meta.url), { ...options, execArgv: ['--import', tsx] });
}

const unreadable = (fileName: string, why: string) =>
  new AppError('INVALID', `${fileName} could not be read: ${why} Delete unused rows and columns (or split it into several files), save it again as .xlsx or "CSV UTF-8", and try again.`, { field: 'file' });

type Answer = { ok: true; workbook: Workbook } | { ok: false; error: { code: ErrorCode; message: string; details?: Record<string, unknown> } };

/** The sheets of a file's bytes, parsed off the main thread. */
export function parseInWorker(fileName: string, bytes: Buffer): Promise<Workbook> {
  return new Promise((resolve, reject) => {
    const worker = startWorker({ fileName, bytes });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(unreadable(fileName, `reading it took longer than ${WORKER_LIMITS.seconds} seconds.`))), WORKER_LIMITS.seconds * 1000);
    worker.once('message', (answer: Answer) =>
      settle(() => (answer.ok ? resolve(answer.workbook) : reject(new AppError(answer.error.code, answer.error.message, answer.error.details)))),
    );
    worker.once('error', (e: Error & { code?: string }) =>
      settle(() => reject(unreadable(fileName, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it needs more memory than the import allows.' : 'the reader stopped on its contents.'))),
    );
    worker.once('exit', (code) => settle(() => reject(unreadable(fileName, `the reader stopped (exit ${code}).`))));
  });
}

export async function readSource(source: ImportSource): Promise<{ fileName: string; bytes: Buffer }> {
  if (source.kind === 'upload') return { fileName: basename(source.name), bytes: Buffer.from(source.base64, 'base64') };
  let size: number;
  try {
    size = (await stat(source.path)).size;
  } catch {
    throw new AppError('NOT_FOUND', `The file ${source.path} cannot be read. Check the path and that the file is not open and locked by Excel.`, { field: 'file' });
  }
  if (size > IMPORT_LIMITS.fileBytes)
    throw new AppError('INVALID', `${basename(source.path)} is ${Math.round(size / 1024 / 1024)} MB; the import reads files of at most ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB. Delete unused rows and columns, or split it.`, { field: 'file' });
  try {
    return { fileName: basename(source.path), bytes: await readFile(source.path) };
  } catch {
    throw new AppError('NOT_FOUND', `The file ${source.path} cannot be read. Check the path and that the file is not open and locked by Excel.`, { field: 'file' });
  }
}

export async function readWorkbook(source: ImportSource): Promise<Workbook> {
  const { fileName, bytes } = await readSource(source);
  return parseInWorker(fileName, bytes);
}
