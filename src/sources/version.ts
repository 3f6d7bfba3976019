/** Version of the bundled source database (the date its data was last checked). */
export const DB_VERSION = '2026.11.26';
