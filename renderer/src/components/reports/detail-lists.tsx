import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from '@fluentui/react-components';
import type { PeriodFigures, ThemeStatus } from '../../../../shared/api/reports-outputs';
import { themeStatusLabel } from '../themes/theme-status';
import { formatDate } from '../format';
import { href } from '../../router';

const SHOWN = 50;

function Listing({ id, title, empty, header, rows }: { id: string; title: string; empty: string; header: string[]; rows: { key: string; cells: React.ReactNode[] }[] }) {
  return (
    <section aria-labelledby={id}>
      <Title3 as="h3" id={id}>
        {title}
      </Title3>
      {rows.length === 0 ? (
        <Text as="p">{empty}</Text>
      ) : (
        <Table size="extra-small" aria-labelledby={id}>
          <TableHeader>
            <TableRow>
              {header.map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.slice(0, SHOWN).map((r) => (
              <TableRow key={r.key}>
                {r.cells.map((c, i) => (
                  <TableCell key={i}>{c}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rows.length > SHOWN && <Text as="p">Showing {SHOWN} of {rows.length}: the Excel workbook lists them all.</Text>}
    </section>
  );
}

/** The period's bypasses with their reasons, its extensions, and the themed concerns open during it. */
export function DetailLists({ figures }: { figures: PeriodFigures }) {
  const esc = (id: string, caseId: string) => <Link href={href({ page: 'escalation', id })}>{caseId}</Link>;
  return (
    <>
      <Listing
        id="bypasses"
        title="Bypasses and the reasons recorded"
        empty="No stage was bypassed in the period."
        header={['Date', 'Case ID', 'From', 'To', 'Reason', 'Agreed with']}
        rows={figures.bypasses.items.map((b, i) => ({ key: `${b.escalationId}-${i}`, cells: [formatDate(b.date), esc(b.escalationId, b.caseId), b.fromStage, b.toStage, b.reason || '—', b.agreedWith || '—'] }))}
      />
      {figures.preconditions && figures.preconditions.waived > 0 && (
        <Listing
          id="preconditions-waived"
          title="Preconditions waived, and why"
          empty=""
          header={['Date', 'Case ID', 'Stage entered', 'What the procedure requires', 'Why it was not possible']}
          rows={figures.preconditions.items.map((x, i) => ({ key: `${x.escalationId}-${i}`, cells: [formatDate(x.date), esc(x.escalationId, x.caseId), x.stage, x.what, x.why] }))}
        />
      )}
      <Listing
        id="extensions"
        title="Extensions granted"
        empty="No extension was granted in the period."
        header={['Date', 'Case ID', 'Stage', 'Was due', 'Now due', 'Working days added', 'Reason']}
        rows={figures.extensions.items.map((x, i) => ({
          key: `${x.escalationId}-${i}`,
          cells: [formatDate(x.date), esc(x.escalationId, x.caseId), x.stage, formatDate(x.previousDueDate), formatDate(x.newDueDate), x.workingDaysAdded ?? '—', x.reason],
        }))}
      />
      <Listing
        id="period-themes"
        title="Themed concerns"
        empty="No themed concern was open during the period."
        header={['Theme', 'Status', 'Owner', 'Raised', 'Linked escalations raised in the period', 'All linked escalations']}
        rows={figures.themes.active.map((t) => ({
          key: t.id,
          cells: [<Link key="t" href={href({ page: 'theme', id: t.id })}>{t.title}</Link>, themeStatusLabel[t.status as ThemeStatus] ?? t.status, t.owner || '—', formatDate(t.raisedOn), t.linkedInPeriod, t.linkedEscalations],
        }))}
      />
    </>
  );
}
