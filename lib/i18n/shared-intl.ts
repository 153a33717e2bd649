import { _createCache, _createIntlFormatters } from "use-intl/core";

// use-intl parses each message and builds each Intl formatter anew unless it is
// handed a cache. Outside React (mail, Telegram, PDFs) nothing keeps one, and
// the worker composes thousands of messages a minute: one cache per process,
// keyed by locale inside, makes a message's second use a lookup.
const cache = _createCache();
const formatters = _createIntlFormatters(cache);

/** Pass to createTranslator / createFormatter so repeated calls reuse parsed messages and formatters. */
export const sharedIntl = { _cache: cache, _formatters: formatters } as const;
