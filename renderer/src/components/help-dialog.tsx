import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { shortcuts } from './shortcuts';

/** The help panel: keyboard shortcuts and where things are. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogContent>
            <Table size="small" aria-label="Keyboard shortcuts">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Keys</TableHeaderCell>
                  <TableHeaderCell>Does</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shortcuts.map((s) => (
                  <TableRow key={s.keys}>
                    <TableCell>
                      <kbd>{s.keys}</kbd>
                    </TableCell>
                    <TableCell>{s.label}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <p>Every page works with the keyboard alone: Tab moves between controls, Enter or Space activates them, and column headings in the tracker sort when activated.</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
