import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Text boxes and selects show focus as a 2 px underline in Fluent, too thin to meet WCAG 2.2 focus
 * appearance (an outline at least 2 px thick around the whole control, 3:1 against what is next to it).
 * Every input, text area, select and combobox gets a full outline in the theme's focus colour
 * (checkboxes and radios already draw one). A heading takes focus only so a screen reader starts
 * there (GOV.UK does the same): it is not a control, so it shows none.
 */
export const useFocusStyles = makeStaticStyles(
  [
    '.fui-Input:focus-within, .fui-Textarea:focus-within, .fui-Select:focus-within, .fui-Combobox:focus-within { outline: 3px solid var(--colorStrokeFocus2); outline-offset: 2px; }',
    'h1[tabindex="-1"]:focus { outline: none; }',
  ].join('\n'),
);

/** Printing a page (the conference summary) prints the page only, not the app's header and notices. */
export const usePrintStyles = makeStaticStyles('@media print { body header, .fui-MessageBar, a[href="#main"] { display: none !important; } }');
