/** content-ui.js: the tooltip and the term cards, injected on request (see card-ui.ts). */
import { cardUi } from './card-ui';
import { offerUi } from './ui-handoff';

offerUi(cardUi);
