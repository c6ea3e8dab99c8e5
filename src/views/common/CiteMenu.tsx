import { useState } from 'react';
import { t } from '../../i18n/i18n.ts';
import { CodePart } from '../../ui/CodePart.tsx';
import { Disclosure } from '../../ui/Disclosure.tsx';
import type { CitePanelProps } from './CitePanel.tsx';
import { citePanel } from './citePanelChunk.ts';

/**
 * "Cite" beside the Download menu of a view over several datasets (the UN and compare views): the
 * panel is made when the disclosure first opens, and kept.
 */
export function CiteMenu(props: CitePanelProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Disclosure
      className="cite-menu"
      summary={t('cite.menu')}
      onToggle={(open) => setOpened((was) => was || open)}
    >
      {opened ? (
        <CodePart part={citePanel}>{(CitePanel) => <CitePanel {...props} />}</CodePart>
      ) : null}
    </Disclosure>
  );
}
