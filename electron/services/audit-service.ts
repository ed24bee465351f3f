import type { ParsedInput } from '../../shared/api/contract';
import type { AuditPage, AuditRow, CsvFile } from '../../shared/api/settings-outputs';
import { addCalendarDays, formatLongDate, londonDateOf, startOfLondonDay } from '../../shared/calendar';
import { auditRepo, type AuditFilter, type AuditRecord } from '../../db/repositories/audit-repo';
import type { ServiceContext } from './context';
import { requireAppRole } from './app-roles';

type Query = ParsedInput<'audit.list'>;

function filterOf(q: Query): AuditFilter {
  return {
    actor: q.actor,
    childId: q.childId,
    escalationId: q.escalationId,
    fromAt: q.from ? startOfLondonDay(q.from) : null,
    toAt: q.to ? startOfLondonDay(addCalendarDays(q.to, 1)) : null,
  };
}

const ENTITY_NAMES: Record<string, string> = {
  child: 'Child record',
  escalation: 'Escalation',
  person: 'Person',
  setting: 'Setting',
  profile: 'Protocol profile',
  'import-row': 'Imported row',
  import: 'Import',
  'chair-concern': 'Concern about a chair',
};

function parse(detail: string): Record<string, unknown> {
  try {
    const v = JSON.parse(detail) as unknown;
    return v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const quoteValue = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
};

/** One line a person can read: "Escalation: resolved (event of 3 Mar 2025)", "Setting profileId changed to "devon"". */
function summarise(r: AuditRecord): string {
  const d = parse(r.detail);
  if (r.source === 'event') {
    const when = r.eventAt && londonDateOf(r.eventAt) !== londonDateOf(r.at) ? ` (happened ${formatLongDate(londonDateOf(r.eventAt))})` : '';
    // A follow-up says what the check found ("not-done, raised again"), the rest their text or reason.
    const found = typeof d.result === 'string' ? `: ${d.result.replace(/-/g, ' ')}${typeof d.reRaisedAs === 'string' ? ', raised again' : ''}` : '';
    const text = found || (typeof d.text === 'string' ? `: ${quoteValue(d.text)}` : typeof d.reason === 'string' && d.reason ? `: ${quoteValue(d.reason)}` : '');
    return `Escalation event ${r.action.replace(/-/g, ' ')}${when}${text}`;
  }
  if (r.entity === 'export') return r.entityId === 'download' ? 'Tracker exported (downloaded)' : `Tracker exported to ${r.entityId}`;
  if (r.entity === 'import') return `Import of ${String(d.file ?? 'a spreadsheet')} completed`;
  const what = ENTITY_NAMES[r.entity] ?? r.entity;
  if (r.entity === 'setting') return `${what} "${r.entityId}" ${r.action}${'to' in d ? ` to ${quoteValue(d.to)}` : ''}`;
  const name = typeof d.name === 'string' ? ` ${d.name}` : '';
  return `${what}${name} ${r.action}`;
}

function toRow(r: AuditRecord): AuditRow {
  return { source: r.source, at: r.at, actor: r.actor, machine: r.machine, entity: r.entity, entityId: r.entityId, action: r.action, childId: r.childId, childName: r.childName, escalationId: r.escalationId, summary: summarise(r), detail: r.detail };
}

export const AUDIT_WHAT = 'read the audit log';

export async function listAudit(ctx: ServiceContext, q: Query): Promise<AuditPage> {
  return ctx.tracker.readTx(async (tx) => {
    await requireAppRole(ctx, tx, ['qa-manager'], AUDIT_WHAT);
    const { rows, total } = await auditRepo.page(tx, filterOf(q), q.limit, q.offset);
    return { rows: rows.map(toRow), total, actors: await auditRepo.actors(tx) };
  });
}

/** A spreadsheet cell: quoted when needed, and never starting with = + - @ (formula injection in Excel). */
export function csvCell(value: string | null): string {
  let s = value ?? '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const CSV_HEADER = ['When (UTC)', 'Who', 'Computer', 'Source', 'Record', 'Record id', 'Action', 'Child', 'Child id', 'Escalation id', 'Summary', 'Detail'];

/** Every row matching the filters (not just one page), as CSV with a byte-order mark so Excel reads UTF-8. */
export async function auditCsv(ctx: ServiceContext, q: Query): Promise<CsvFile> {
  const lines = [CSV_HEADER.map(csvCell).join(',')];
  const pageSize = 1000;
  let count = 0;
  await ctx.tracker.readTx(async (tx) => {
    await requireAppRole(ctx, tx, ['qa-manager'], AUDIT_WHAT);
    for (let offset = 0; ; offset += pageSize) {
      const { rows } = await auditRepo.page(tx, filterOf(q), pageSize, offset);
      for (const r of rows.map(toRow)) {
        lines.push([r.at, r.actor, r.machine, r.source, r.entity, r.entityId, r.action, r.childName, r.childId, r.escalationId, r.summary, r.detail].map(csvCell).join(','));
      }
      count += rows.length;
      if (rows.length < pageSize) break;
    }
  });
  const stamp = ctx.now().toISOString().slice(0, 10);
  return { fileName: `escalation-tracker-audit-${stamp}.csv`, csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: count };
}
