import { Button, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { navigate } from '../../router';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorBrandStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', margin: '8px 0 16px', maxWidth: '760px' },
  steps: { margin: '8px 0 0', paddingLeft: '20px', display: 'grid', gap: '10px' },
  step: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
});

/** An empty tracker: the three things to do first, above the fold. */
export function FirstSteps() {
  const styles = useStyles();
  return (
    <section className={styles.box} aria-labelledby="first-steps-title">
      <Title3 as="h2" id="first-steps-title">
        First steps
      </Title3>
      <ol className={styles.steps}>
        <li>
          <span className={styles.step}>
            <Text>Add the child the concern is about.</Text>
            <Button appearance="primary" onClick={() => navigate({ page: 'new-child' })}>
              Add a child
            </Button>
          </span>
        </li>
        <li>
          <span className={styles.step}>
            <Text>Raise a concern from the child’s record (informal first, or straight to a formal stage).</Text>
            <Button onClick={() => navigate({ page: 'children' })}>Choose a child</Button>
          </span>
        </li>
        <li>
          <span className={styles.step}>
            <Text>Already keep an escalation spreadsheet? Bring it in, with a dry run first.</Text>
            <Button onClick={() => navigate({ page: 'import' })}>Import the old spreadsheet</Button>
          </span>
        </li>
      </ol>
    </section>
  );
}
