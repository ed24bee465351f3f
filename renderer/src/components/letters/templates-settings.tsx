import { useState } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { letterDocumentTitles } from '../../../../shared/api/letters-contract';
import { call, newOpId } from '../../api';
import { useApp } from '../app-context';
import { useLoad } from '../use-load';
import { ErrorBar } from '../error-bar';
import { TemplateUpload } from './template-upload';
import { stageLabel } from '../../../../shared/profile/labels';

/**
 * Settings → Templates: the team's own Word templates (in templates/ beside the tracker), what each one
 * replaces, placeholders the app does not know, and the full list of placeholders.
 */
export function TemplatesSettings() {
  const { profile } = useApp();
  const list = useLoad(() => call('letters.templates.list', {}), []);
  const placeholders = useLoad(() => call('letters.placeholders', {}), []);
  const [failure, setFailure] = useState<string>();
  const labelOf = (key: string | null) => (key === null ? 'every stage' : stageLabel(profile, key));

  async function remove(id: string) {
    setFailure(undefined);
    try {
      await call('letters.templates.remove', { id, opId: newOpId() });
      list.reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  }

  return (
    <div style={{ display: 'grid', gap: '12px' }}>
      <Text>
        A template is a Word document (.docx) with placeholders such as {'{{child.name}}'} and {'{{stage.dueDate}}'}. It replaces the built-in letter for the document
        (and stage) you choose. A table row holding {'{{categories.label}}'} is repeated for every category.
      </Text>
      <ErrorBar message={failure ?? list.error} />
      {!list.data && !list.error && <Spinner size="tiny" label="Loading templates…" />}
      {list.data && (
        <>
          <Text size={200}>Folder: {list.data.folder}</Text>
          {list.data.templates.length === 0 ? (
            <Text>No team templates: the built-in letters are used.</Text>
          ) : (
            <Table aria-label="Team templates" size="small">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Template</TableHeaderCell>
                  <TableHeaderCell>Used for</TableHeaderCell>
                  <TableHeaderCell>Placeholders</TableHeaderCell>
                  <TableHeaderCell>Remove</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data.templates.map((t) => (
                  <TableRow key={t.id}>
                    <TableCell>
                      {t.name}
                      <br />
                      <Text size={200}>{t.fileName}</Text>
                    </TableCell>
                    <TableCell>
                      {letterDocumentTitles[t.document]}
                      {t.document !== 'custom' && `, ${labelOf(t.stageKey)}`}
                    </TableCell>
                    <TableCell>
                      {t.problem ? (
                        <Text weight="semibold">{t.problem}</Text>
                      ) : t.unknown.length ? (
                        <Text weight="semibold">Not usable: unknown placeholders {t.unknown.map((u) => `{{${u}}}`).join(', ')}</Text>
                      ) : (
                        `${t.placeholders.length} placeholders, all known`
                      )}
                    </TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => void remove(t.id)} aria-label={`Remove the template ${t.name}`}>
                        Remove
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
      <TemplateUpload onUploaded={list.reload} />
      <Accordion collapsible>
        <AccordionItem value="placeholders">
          <AccordionHeader>All placeholders</AccordionHeader>
          <AccordionPanel>
            <ErrorBar message={placeholders.error} />
            {placeholders.data && (
              <Table aria-label="Placeholders" size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Placeholder</TableHeaderCell>
                    <TableHeaderCell>What it becomes</TableHeaderCell>
                    <TableHeaderCell>Example</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {placeholders.data.map((p) => (
                    <TableRow key={p.key}>
                      <TableCell>
                        <code>{`{{${p.key}}}`}</code>
                      </TableCell>
                      <TableCell>{p.description}</TableCell>
                      <TableCell>{p.example}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
