import { useState } from 'react';
import { Spinner, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { GenerateLetterResult } from '../../../shared/api/letters-contract';
import type { EscalationDetail } from '../../../shared/api/outputs';
import { call } from '../api';
import { useLoad } from './use-load';
import { ErrorBar } from './error-bar';
import { LetterCreateForm } from './letters/letter-create-form';
import { LetterList } from './letters/letter-list';
import { LetterResult } from './letters/letter-result';
import { ReturnedFormDrop } from './letters/returned-form-drop';

const useStyles = makeStyles({
  panel: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '8px 0 16px', display: 'grid', gap: '12px', minWidth: 0 },
});

/**
 * Letters on the escalation page: make the Word letter or form for a stage in one click (saved in the
 * team's letters folder, optionally recorded as sent, optionally with an email draft) and list those made.
 */
export function LettersPanel({ detail, onChanged }: { detail: EscalationDetail; onChanged: (d: EscalationDetail) => void }) {
  const styles = useStyles();
  const id = detail.row.id;
  // The letters on offer follow the stage and status, not every save; templates changed elsewhere reload them too.
  const options = useLoad(() => call('letters.options', { escalationId: id }), [id, detail.state.currentStageKey, detail.state.status], (c) => c.entity === 'letter-template' || c.entity === 'setting' || c.entityId === id);
  // The letters made change only when a letter is made: here (reloaded below) or on another desktop (the feed's 'letter').
  const letters = useLoad(() => call('letters.list', { escalationId: id }), [id], (c) => c.entity === 'letter');
  const [result, setResult] = useState<GenerateLetterResult>();
  return (
    <section className={styles.panel} aria-labelledby="letters-title">
      <Title3 as="h2" id="letters-title">
        Letters
      </Title3>
      <ErrorBar message={options.error ?? letters.error} />
      {result && result.letter.escalationId === id && <LetterResult result={result} />}
      {options.data ? (
        options.data.length > 0 ? (
          <LetterCreateForm
            key={`${id}-${detail.version}`}
            detail={detail}
            options={options.data}
            onCreated={(r) => {
              setResult(r);
              letters.reload();
              if (r.detail) onChanged(r.detail);
            }}
          />
        ) : (
          <p>No letter fits this escalation as it stands.</p>
        )
      ) : (
        !options.error && <Spinner size="tiny" label="Loading letters…" />
      )}
      {letters.data && <LetterList letters={letters.data} />}
      {detail.state.status === 'open' && <ReturnedFormDrop detail={detail} onRecorded={(d) => onChanged(d)} />}
    </section>
  );
}
