import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Tabs, type Tab } from '../../../src/ui/Tabs';

type Key = 'chart' | 'table' | 'download';

function Card() {
  const [selected, setSelected] = useState<Key>('chart');
  const tabs: Tab<Key>[] = [
    { key: 'chart', label: 'Chart', keepLaidOut: true, panel: <p>the chart</p> },
    { key: 'table', label: 'Table', panel: <p>the table</p> },
    { key: 'download', label: 'Download', mountWhenShown: true, panel: <Counter /> },
  ];
  return <Tabs label="Card" tabs={tabs} selected={selected} onSelect={setSelected} />;
}

/** A panel with state of its own, to see whether it survives switching tabs. */
function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      pressed {count}
    </button>
  );
}

describe('Tabs', () => {
  it('makes a mountWhenShown panel only when its tab is first shown, then keeps it and its state', async () => {
    const user = userEvent.setup();
    render(<Card />);
    // Other panels are made at once (hidden); the download panel is not made at all.
    expect(screen.getByText('the table', { selector: 'p' })).not.toBeVisible();
    expect(screen.queryByText(/pressed/)).toBeNull();

    await user.click(screen.getByRole('tab', { name: 'Download' }));
    await user.click(screen.getByRole('button', { name: 'pressed 0' }));
    expect(screen.getByRole('button', { name: 'pressed 1' })).toBeVisible();

    await user.click(screen.getByRole('tab', { name: 'Chart' }));
    expect(screen.getByText('pressed 1')).not.toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Download' }));
    expect(screen.getByRole('button', { name: 'pressed 1' })).toBeVisible();
  });
});
