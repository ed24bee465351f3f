// The worker thread that parses one spreadsheet (see read-workbook.ts). It answers once and exits.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/api/result';
import { parseWorkbook } from './parse-workbook';

export interface WorkbookJob {
  fileName: string;
  bytes: Uint8Array;
}

const job = workerData as WorkbookJob;
parseWorkbook(job.fileName, Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength)).then(
  (workbook) => parentPort?.postMessage({ ok: true, workbook }),
  (e: unknown) =>
    parentPort?.postMessage({
      ok: false,
      error:
        e instanceof AppError
          ? { code: e.code, message: e.message, details: e.details }
          : { code: 'INVALID', message: `${job.fileName} could not be read as a spreadsheet. Open it in Excel, save it again as .xlsx or "CSV UTF-8", and choose the new file.`, details: { field: 'file' } },
    }),
);
