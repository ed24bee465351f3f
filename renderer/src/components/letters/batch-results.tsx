import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { BatchItemResult } from '../../../../shared/api/letters-contract';
import { isDesktop, openOrDownload } from './file-actions';

/** One row per escalation of a batch: the letter made, or why not. */
export function BatchResults({ results, onError }: { results: BatchItemResult[]; onError: (message: string) => void }) {
  const desktop = isDesktop();
  return (
    <Table aria-label="Letters made" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Child</TableHeaderCell>
          <TableHeaderCell>Result</TableHeaderCell>
          <TableHeaderCell>Letter</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {results.map((r) => (
          <TableRow key={r.escalationId}>
            <TableCell>
              {r.childName || r.escalationId} {r.caseId && `(${r.caseId})`}
            </TableCell>
            <TableCell>{r.ok ? <Text>{r.message}</Text> : <Text weight="semibold">Not made: {r.message}</Text>}</TableCell>
            <TableCell>
              {r.letter && (
                <Button size="small" onClick={() => void openOrDownload(r.letter!.id, 'letter').catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))} aria-label={`${desktop ? 'Open' : 'Download'} ${r.letter.fileName}`}>
                  {desktop ? 'Open' : 'Download'}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
