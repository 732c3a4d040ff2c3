/** content-ui.js: the tooltip and the term cards, injected on request (see card-ui.ts). */
import browser from 'webextension-polyfill';
import { cardUi } from '../card/card-ui';
import { offerUi } from '../card/ui-handoff';
import { installMessages } from '../../ui/i18n';

// A script of its own: the main content script's installMessages does not reach this copy of t().
installMessages((k, s) => browser.i18n.getMessage(k, s));
offerUi(cardUi);
