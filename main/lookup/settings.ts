import { SOURCE_NAMES, type SourceName } from './candidate';

export interface LookupSettings {
  /** Off: nothing is ever sent, whoever asks. */
  enabled: boolean;
  sources: SourceName[];
  /** Sent to Crossref as mailto, when given. */
  crossrefEmail: string | null;
  /** Sent to Semantic Scholar as x-api-key, when given. */
  s2ApiKey: string | null;
}

export const DEFAULT_LOOKUP_SETTINGS: LookupSettings = {
  enabled: true,
  sources: [...SOURCE_NAMES],
  crossrefEmail: null,
  s2ApiKey: null,
};
