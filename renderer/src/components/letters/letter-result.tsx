import { useState } from 'react';
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { GenerateLetterResult } from '../../../../shared/api/letters-contract';
import { ErrorBar } from '../error-bar';
import { isDesktop, openOrDownload } from './file-actions';

/** What the last "Create letter" did: the file saved, recorded as sent or not, the draft, addresses to fill in. */
export function LetterResult({ result }: { result: GenerateLetterResult }) {
  const [failure, setFailure] = useState<string>();
  const warn = Boolean(result.sentError || result.missingAddresses.length || result.templateWarning);
  return (
    <>
      <MessageBar intent={warn ? 'warning' : 'success'} role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Saved {result.letter.fileName}</MessageBarTitle>
          {result.sentRecorded && ' Recorded as sent today.'}
          {result.draftFileName && ` Email draft written (${result.draftFileName}).`}
          {result.templateWarning && ` ${result.templateWarning}`}
          {result.sentError && ` ${result.sentError}`}
          {result.missingAddresses.length > 0 && ` No email address for: ${result.missingAddresses.join('; ')}. Fill them in before sending.`}{' '}
          <Button size="small" appearance="transparent" onClick={() => void openOrDownload(result.letter.id, 'letter').catch((err: unknown) => setFailure(err instanceof Error ? err.message : String(err)))}>
            {isDesktop() ? 'Open it' : 'Download it'}
          </Button>
        </MessageBarBody>
      </MessageBar>
      <ErrorBar message={failure} />
    </>
  );
}
