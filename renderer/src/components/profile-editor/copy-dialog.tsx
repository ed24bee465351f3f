import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input } from '@fluentui/react-components';
import { ApiFailure, call, newOpId } from '../../api';
import { ErrorBar } from '../error-bar';
import type { Profile } from '../../../../shared/profile/schema';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'our-procedure';

/**
 * Copies a profile (built-in or custom) under a new name and id, ready to edit. Kept mounted and open while
 * `source` is set: unmounting an open Fluent dialog leaves the page behind it hidden from screen readers.
 */
export function CopyDialog({ source, onClose, onCopied }: { source: Profile | null; onClose: () => void; onCopied: (id: string) => void }) {
  return (
    <Dialog open={source !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>{source && <CopyForm key={source.id} source={source} onClose={onClose} onCopied={onCopied} />}</DialogSurface>
    </Dialog>
  );
}

function CopyForm({ source, onClose, onCopied }: { source: Profile; onClose: () => void; onCopied: (id: string) => void }) {
  const [name, setName] = useState(`${source.name} (our copy)`);
  const [id, setId] = useState(slug(`${source.id}-copy`));
  const [problem, setProblem] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [opId] = useState(newOpId);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setProblem(undefined);
    try {
      const saved = await call('profiles.save', { profile: { ...structuredClone(source), id, name }, basedOn: source.id, opId });
      onCopied(saved.id);
    } catch (err) {
      const problems = err instanceof ApiFailure ? (err.details?.problems as { path: string; message: string }[] | undefined) : undefined;
      setProblem(problems ? problems.map((p) => `${p.path}: ${p.message}`).join('; ') : err instanceof Error ? err.message : String(err));
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <DialogBody>
        <DialogTitle>Copy “{source.name}”</DialogTitle>
        <DialogContent>
          <ErrorBar message={problem} title="Not copied" />
          <Field label="Name of the copy" required>
            <Input value={name} onChange={(_, d) => setName(d.value)} />
          </Field>
          <Field label="Id of the copy" hint="Lower-case letters, digits and hyphens; it cannot change later." required>
            <Input value={id} onChange={(_, d) => setId(d.value)} />
          </Field>
        </DialogContent>
        <DialogActions>
          <Button appearance="primary" type="submit" disabled={saving}>
            {saving ? 'Copying…' : 'Make the copy'}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
