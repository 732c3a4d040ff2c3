/** content-ui.js: the tooltip and the term cards, injected on request (see card-ui.ts). */
import { cardUi } from '../card/card-ui';
import { offerUi } from '../card/ui-handoff';

offerUi(cardUi);
