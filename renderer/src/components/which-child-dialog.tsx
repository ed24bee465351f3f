import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { call } from '../api';
import { useLoad } from './use-load';
import { navigate } from '../router';

/** Alt+Shift+N: "Which child is the concern about?" — search, choose, and go to the raise form. */
export function WhichChildDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string>();
  const list = useLoad(() => (open ? call('children.list', { search }) : Promise.resolve([])), [open, search]);
  const children = (list.data ?? []).slice(0, 8);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = chosen || (children.length === 1 ? children[0]!.id : '');
    if (!id) return setError('Choose the child the concern is about');
    onClose();
    navigate({ page: 'raise', childId: id });
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>Which child is the concern about?</DialogTitle>
            <DialogContent>
              <Field label="Search by name or case ID">
                <Input type="search" value={search} onChange={(_, d) => (setSearch(d.value), setChosen(''), setError(undefined))} autoFocus />
              </Field>
              {children.length === 0 ? (
                <Text as="p">{list.data ? 'No child matches. Add the child first (Children → Add a child).' : 'Loading…'}</Text>
              ) : (
                <Field label="Child" validationMessage={error}>
                  <RadioGroup value={chosen} onChange={(_, d) => (setChosen(d.value), setError(undefined))}>
                    {children.map((c) => (
                      <Radio key={c.id} value={c.id} label={`${c.name} (${c.caseId})`} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                Raise a concern
              </Button>
              <Button onClick={onClose}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
