// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Options } from '../../src/options/Options';
import { createFakeOptionsClient } from '../../src/options/client';
import { defaultSettings } from '../../src/shared/settings';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

afterEach(cleanup);

const label = {
  id: 'global-times',
  name: 'Global Times',
  aliases: [],
  domains: ['globaltimes.cn'],
  country: 'CN',
  kind: 'outlet',
  affiliation: 'state_controlled',
  owner: null,
  basis: [{ text: 'First reason', url: 'https://example.org/a' }],
  asOf: '2026-01-01',
  history: [],
};

describe('options page', () => {
  it('says which stored settings were reset, keeps the others, and stores the repair', async () => {
    const c = createFakeOptionsClient({ highlight: 'yes please', badge: false, sensitivity: 'strict' });
    render(<Options client={c} />);
    const notice = await screen.findByTestId('reset-notice');
    expect(notice.textContent).toContain('Highlight sentences in the page');
    expect(notice.textContent).not.toContain('badge');
    expect((screen.getByRole('checkbox', { name: /Show a badge/ }) as HTMLInputElement).checked).toBe(false);
    await waitFor(() => expect(c.stored.highlight).toBe(true));
  });

  it('one bad custom label is left out and named; the valid label and the other settings stay', async () => {
    const bad = { ...label, id: 'bad', name: 'Bad', domains: ['bad.example'], basis: [{ text: 'x', url: 'javascript:alert(1)' }] };
    const c = createFakeOptionsClient({ customLabels: [label, bad], badge: false });
    render(<Options client={c} />);
    const notice = await screen.findByTestId('reset-notice');
    expect(notice.textContent).toMatch(/custom labels/i);
    expect(notice.textContent).toContain('the valid ones are kept');
    expect(await screen.findByText('Global Times')).toBeTruthy();
    expect(screen.queryByText('Bad')).toBeNull();
    expect((screen.getByRole('checkbox', { name: /Show a badge/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('toggles change stored settings', async () => {
    const c = createFakeOptionsClient();
    render(<Options client={c} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Highlight sentences/ }));
    await waitFor(() => expect(c.stored.highlight).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: 'A single source' }));
    await waitFor(() => expect(c.stored.hiddenNotes).toEqual(['single-source']));
    fireEvent.change(screen.getByRole('combobox', { name: /How readily/ }), { target: { value: 'relaxed' } });
    await waitFor(() => expect(c.stored.sensitivity).toBe('relaxed'));
  });

  it('grants and revokes all-sites access', async () => {
    const c = createFakeOptionsClient();
    render(<Options client={c} />);
    const box = (await screen.findByRole('checkbox', { name: /every site/ })) as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(c.allSites).toBe(true));
    fireEvent.click(box);
    await waitFor(() => expect(c.allSites).toBe(false));
  });

  it('adds a site to the off list, refusing junk', async () => {
    const c = createFakeOptionsClient();
    render(<Options client={c} />);
    const input = await screen.findByRole('textbox', { name: 'Add a site' });
    fireEvent.input(input, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText(/Enter a site name/)).toBeTruthy();
    fireEvent.input(input, { target: { value: 'https://www.Example.com/path' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(c.stored.disabledSites).toEqual(['example.com']));
  });

  it('adds, edits and removes a custom label, validating fields, and marks a bundled override', async () => {
    const c = createFakeOptionsClient({ customLabels: [label] });
    render(<Options client={c} />);
    const list = await screen.findByTestId('custom-list');
    await waitFor(() => expect(list.textContent).toContain('replaces the bundled label for Global Times'));
    fireEvent.click(within(list).getByRole('button', { name: 'Edit Global Times' }));
    const form = screen.getByRole('form', { name: 'Source label' });
    fireEvent.input(within(form).getByRole('textbox', { name: /Basis link/ }), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('custom-errors')).textContent).toContain('Basis link');
    fireEvent.input(within(form).getByRole('textbox', { name: /Basis link/ }), { target: { value: 'https://example.org/b' } });
    fireEvent.input(within(form).getByRole('textbox', { name: /^Owner/ }), { target: { value: 'Edited owner' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect((c.stored.customLabels as { owner: string; basis: { url: string }[] }[])[0]).toMatchObject({ owner: 'Edited owner', basis: [{ url: 'https://example.org/b' }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a label' }));
    const form2 = screen.getByRole('form', { name: 'Source label' });
    fireEvent.input(within(form2).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Example Wire' } });
    fireEvent.click(within(form2).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect((c.stored.customLabels as { id: string }[]).map((l) => l.id)).toEqual(['global-times', 'example-wire']));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Global Times' }));
    await waitFor(() => expect((c.stored.customLabels as { id: string }[]).map((l) => l.id)).toEqual(['example-wire']));
  });

  it('says so when storage refuses a save', async () => {
    const c = createFakeOptionsClient();
    c.save = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    render(<Options client={c} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: /Show a badge/ }));
    expect(await screen.findByText(/Could not save/)).toBeTruthy();
  });

  it('reset to defaults', async () => {
    const c = createFakeOptionsClient({ highlight: false, sensitivity: 'strict' });
    render(<Options client={c} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect(c.stored).toEqual(defaultSettings()));
    expect((screen.getByRole('checkbox', { name: /Highlight sentences/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('importing a corrupt file: not JSON is refused; bad keys reset and named, good keys kept', async () => {
    const c = createFakeOptionsClient();
    render(<Options client={c} />);
    const input = (await screen.findByLabelText('Import settings')) as HTMLInputElement;
    const upload = (text: string) => {
      const file = new File([text], 's.json', { type: 'application/json' });
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      fireEvent.change(input);
    };
    upload('{ this is not json');
    expect(await screen.findByText('That file is not a Credence settings file.')).toBeTruthy();
    upload(JSON.stringify({ badge: false, sensitivity: 42, customLabels: 'nope' }));
    expect(await screen.findByText(/Settings imported; these were not valid/)).toBeTruthy();
    await waitFor(() => expect(c.stored.badge).toBe(false));
    expect(c.stored.sensitivity).toBe('normal');
  });

  it('shows the database version', async () => {
    render(<Options client={createFakeOptionsClient({}, { version: '2026.11.26', count: 3, entries: [] })} />);
    await waitFor(() => expect(screen.getByTestId('db-version').textContent).toBe('Version 2026.11.26, 3 sources.'));
  });
});
