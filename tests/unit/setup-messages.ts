// Unit tests render the UI in English unless a test installs another language.
import { catalogLookup } from '../../src/i18n/catalog-lookup';
import { installMessages } from '../../src/ui/i18n';

installMessages(catalogLookup('en'));
