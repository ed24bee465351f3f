import { createCalendar, dueFor } from '../../../shared/calendar';
import { regionSchema, type ResponseTime } from '../../../shared/profile/schema';
import { instant, parse, positiveInt, requireString } from '../args';
import { UsageError, type CliCommand } from '../types';

export const dueCommand: CliCommand = {
  name: 'due',
  summary: 'when a response falls due (Europe/London, bank holidays, closure days)',
  usage: 'due --from ISO (--working-days N | --hours N | --calendar-days N) [--region england-and-wales|scotland|northern-ireland] [--closures YYYY-MM-DD,...] [--json]',
  async run(args, io) {
    const { values } = parse(args, {
      from: { type: 'string' },
      'working-days': { type: 'string' },
      hours: { type: 'string' },
      'calendar-days': { type: 'string' },
      region: { type: 'string', default: 'england-and-wales' },
      closures: { type: 'string', default: '' },
      json: { type: 'boolean' },
    });
    const from = instant(requireString(values.from, '--from'), '--from');
    const given = [
      ['workingDays', positiveInt(values['working-days'], '--working-days')],
      ['hours', positiveInt(values.hours, '--hours')],
      ['calendarDays', positiveInt(values['calendar-days'], '--calendar-days')],
    ].filter(([, v]) => v !== undefined) as [string, number][];
    if (given.length !== 1) throw new UsageError('give exactly one of --working-days, --hours or --calendar-days');
    const region = regionSchema.safeParse(values.region);
    if (!region.success) throw new UsageError(`--region must be england-and-wales, scotland or northern-ireland, not "${values.region}"`);
    const closures = values.closures ? values.closures.split(',').map((s) => s.trim()) : [];
    for (const c of closures) if (!/^\d{4}-\d{2}-\d{2}$/.test(c)) throw new UsageError(`--closures must be dates written YYYY-MM-DD, not "${c}"`);
    const [kind, n] = given[0]!;
    let calendar;
    try {
      calendar = createCalendar({ region: region.data, closureDays: closures });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const due = dueFor(calendar, from, { [kind]: n } as ResponseTime);
    io.out(values.json ? JSON.stringify(due) : `Due by the end of ${due.dueDate} (overdue from ${due.dueAt})`);
    return 0;
  },
};
