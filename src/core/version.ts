/** Version of the analysis core (reports carry it as generator.version). */
export const CORE_VERSION = '0.1.0';
