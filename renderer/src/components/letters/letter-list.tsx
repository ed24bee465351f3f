import { useState } from 'react';
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import type { LetterFile } from '../../../../shared/api/letters-contract';
import { call } from '../../api';
import { ErrorBar } from '../error-bar';
import { formatInstant } from '../format';
import { isDesktop, openOrDownload } from './file-actions';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  file: { wordBreak: 'break-word' },
});

/** The letters made for an escalation, newest first: open them (desktop) or download them (web host). */
export function LetterList({ letters }: { letters: LetterFile[] }) {
  const styles = useStyles();
  const [failure, setFailure] = useState<string>();
  const desktop = isDesktop();
  const run = (fn: () => Promise<unknown>) => () => {
    setFailure(undefined);
    fn().catch((err: unknown) => setFailure(err instanceof Error ? err.message : String(err)));
  };
  if (letters.length === 0) return <Text>No letters yet.</Text>;
  return (
    <>
      <ErrorBar message={failure} />
      <Table aria-label="Letters" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Created</TableHeaderCell>
            <TableHeaderCell>File</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {letters.map((l) => (
            <TableRow key={l.id}>
              <TableCell>
                {formatInstant(l.createdAt)}
                <br />
                <Text size={200}>{l.createdBy}</Text>
              </TableCell>
              <TableCell className={styles.file}>
                {l.fileName}
                {!l.exists && (
                  <>
                    <br />
                    <Text size={200}>Moved or deleted from its folder</Text>
                  </>
                )}
              </TableCell>
              <TableCell>
                {l.exists && (
                  <div className={styles.actions}>
                    <Button size="small" onClick={run(() => openOrDownload(l.id, 'letter'))} aria-label={`${desktop ? 'Open' : 'Download'} ${l.fileName}`}>
                      {desktop ? 'Open' : 'Download'}
                    </Button>
                    {desktop && (
                      <Button size="small" onClick={run(() => call('letters.open', { id: l.id, part: 'folder' }))} aria-label={`Show ${l.fileName} in its folder`}>
                        Show in folder
                      </Button>
                    )}
                    {l.draftFileName && (
                      <Button size="small" onClick={run(() => openOrDownload(l.id, 'draft'))} aria-label={`${desktop ? 'Open' : 'Download'} the email draft ${l.draftFileName}`}>
                        {desktop ? 'Open email draft' : 'Download email draft'}
                      </Button>
                    )}
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
