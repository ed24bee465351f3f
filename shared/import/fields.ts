/**
 * The fields a spreadsheet column can be mapped to when importing an old escalation tracker, with the
 * header names such spreadsheets commonly use. Pure: the renderer labels the mapping form from this,
 * the main process guesses a mapping with it.
 */

export const importFieldKeys = [
  'caseId',
  'childName',
  'dateOfBirth',
  'cohort',
  'raisedOn',
  'stage',
  'stageStartedOn',
  'urgency',
  'category',
  'summary',
  'status',
  'closedOn',
  'outcome',
  'responseOn',
  'chair',
  'team',
  'socialWorker',
  'teamManager',
  'notes',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

export interface ImportField {
  key: ImportFieldKey;
  label: string;
  /** A row cannot be imported without it. */
  required: boolean;
  help: string;
  /** Header names (compared without case, spaces or punctuation). */
  aliases: string[];
}

export const importFields: ImportField[] = [
  { key: 'caseId', label: 'Case ID', required: true, help: 'The child’s case number; the key that joins rows to children.', aliases: ['case id', 'case number', 'case no', 'case ref', 'lcs id', 'lcs number', 'mosaic id', 'mosaic number', 'mosaic no', 'lcs no', 'eclipse id', 'case reference', 'child id', 'id', 'ref', 'reference', 'cin'] },
  { key: 'childName', label: 'Child’s name', required: false, help: 'Needed for children not yet in the tracker.', aliases: ['child name', 'name of child', 'childs name', 'child', 'young person', 'name', 'yp name', 'child young person'] },
  { key: 'dateOfBirth', label: 'Date of birth', required: false, help: '', aliases: ['dob', 'date of birth', 'd o b', 'birth date'] },
  { key: 'cohort', label: 'Cohort (LAC / CP)', required: false, help: 'Looked after or child protection plan; a default can be chosen below.', aliases: ['cohort', 'legal status', 'child status', 'lac cp', 'cp lac', 'cla cp', 'cp cla', 'plan type', 'type of plan'] },
  { key: 'raisedOn', label: 'Date raised', required: true, help: 'Due dates are worked out from this date.', aliases: ['date raised', 'raised', 'raised on', 'date of escalation', 'escalation date', 'date opened', 'start date', 'date'] },
  { key: 'stage', label: 'Stage', required: true, help: 'Informal, Stage 1, Stage 2 … as the procedure names them.', aliases: ['stage', 'current stage', 'escalation stage', 'level', 'stage of escalation'] },
  { key: 'stageStartedOn', label: 'Date the stage started', required: false, help: 'When given, the escalation is raised at the first stage and escalated on this date.', aliases: ['stage date', 'date escalated', 'escalated on', 'stage start date', 'date of current stage', 'stage started'] },
  { key: 'urgency', label: 'Urgency (RAG)', required: false, help: '', aliases: ['urgency', 'rag', 'rag rating', 'priority'] },
  { key: 'category', label: 'Category of concern', required: false, help: 'Matched to the profile’s categories; others are recorded as “Other”.', aliases: ['category', 'category of concern', 'concern category', 'area of concern', 'concern type', 'type of concern', 'theme'] },
  { key: 'summary', label: 'Summary of concern', required: false, help: '', aliases: ['summary', 'concern', 'concerns', 'details', 'description', 'issue', 'nature of concern', 'reason', 'summary of concern'] },
  { key: 'status', label: 'Status', required: false, help: 'Open, Resolved, Withdrawn or Cafcass; blank means open.', aliases: ['status', 'open closed', 'current status'] },
  { key: 'closedOn', label: 'Date closed / resolved', required: false, help: '', aliases: ['date closed', 'closed', 'closed on', 'date resolved', 'resolved', 'resolved on', 'resolution date', 'closure date', 'date of resolution', 'end date'] },
  { key: 'outcome', label: 'Outcome', required: false, help: 'Kept as the resolution note.', aliases: ['outcome', 'resolution', 'result', 'outcome of escalation'] },
  { key: 'responseOn', label: 'Date response received', required: false, help: '', aliases: ['response date', 'date of response', 'response received', 'date response received', 'responded on'] },
  { key: 'chair', label: 'Chair (IRO / CP Chair)', required: false, help: '', aliases: ['chair', 'iro', 'cp chair', 'raised by', 'independent chair', 'reviewing officer', 'iro cp chair'] },
  { key: 'team', label: 'Team', required: false, help: '', aliases: ['team', 'social work team', 'sw team'] },
  { key: 'socialWorker', label: 'Social worker', required: false, help: '', aliases: ['social worker', 'sw', 'allocated social worker', 'allocated worker', 'allocated sw'] },
  { key: 'teamManager', label: 'Team manager', required: false, help: '', aliases: ['team manager', 'tm', 'manager'] },
  { key: 'notes', label: 'Notes', required: false, help: 'Kept in the escalation’s history.', aliases: ['notes', 'note', 'comments', 'comment', 'update', 'updates', 'actions'] },
];

export type ImportMapping = Partial<Record<ImportFieldKey, string | null>>;

export const normaliseHeader = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Guesses which column holds which field: exact alias matches first, then headers that contain an alias
 * (longest alias first), each column used at most once. Columns no field claims stay unmapped; their
 * values are still kept in the imported escalation's history.
 */
export function guessMapping(headers: readonly string[]): ImportMapping {
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  const norm = headers.map((h) => ({ header: h, n: normaliseHeader(h) }));
  const claim = (field: ImportField, pick: (n: string, alias: string) => boolean) => {
    if (mapping[field.key]) return;
    for (const alias of [...field.aliases].sort((a, b) => b.length - a.length)) {
      const hit = norm.find((h) => !used.has(h.header) && h.n !== '' && pick(h.n, alias));
      if (hit) {
        mapping[field.key] = hit.header;
        used.add(hit.header);
        return;
      }
    }
  };
  for (const field of importFields) claim(field, (n, alias) => n === alias);
  for (const field of importFields) claim(field, (n, alias) => (alias.includes(' ') || alias.length >= 6) && ` ${n} `.includes(` ${alias} `));
  return mapping;
}
