/** The line a test tier prints with its counts, for the summary at the end of `npm test`. */
export const RESULT_PREFIX = 'CRM_NOTES_RESULT ';

/** A launcher flag of ours: keep workspace trust on, so the folder opens in Restricted Mode. */
export const UNTRUSTED_FLAG = '--crm-notes-untrusted';
