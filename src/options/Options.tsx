/** The options page: where Credence runs, display, detection, custom labels, backup, database. */
import { useEffect, useState } from 'preact/hooks';
import type { NoteId } from '../core/report';
import { i18n } from '../shared/i18n';
import { AFFILIATIONS, exportSettings, importSettings, KINDS, NOTE_IDS, normalizeHost, SENSITIVITIES, validateCustomEntry, type Settings, type SettingKey } from '../shared/settings';
import type { SourceEntry } from '../sources/schema';
import type { DbInfo, OptionsClient } from './client';
import { noteTitle, settingName, affiliationName, kindName, sensitivityName } from './names';

export function Options({ client }: { client: OptionsClient }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [reset, setReset] = useState<SettingKey[]>([]);
  const [allSites, setAllSites] = useState(false);
  const [db, setDb] = useState<DbInfo | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    void (async () => {
      const r = await client.load();
      setSettings(r.settings);
      setReset(r.reset);
      // Store the repaired values so the bad ones do not come back; the notice below says what changed.
      if (r.reset.length) await client.save(Object.fromEntries(r.reset.map((k) => [k, r.settings[k]])) as Partial<Settings>);
      setAllSites(await client.hasAllSites().catch(() => false));
      setDb(await client.db().catch(() => null));
    })();
  }, [client]);

  if (!settings) return <p>{i18n('stateLoading')}</p>;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    try {
      const refused = await client.save(patch);
      setMessage(refused.length ? i18n('saveRefused', refused.map(settingName).join(', ')) : i18n('saved'));
    } catch {
      // storage.sync refuses items over its quota (8 KB per setting); say so instead of failing silently.
      setMessage(i18n('saveFailed'));
    }
  };

  return (
    <main class="options">
      <h1>{i18n('optionsTitle')}</h1>
      {reset.length ? (
        <div class="notice" role="alert" data-testid="reset-notice">
          {i18n('settingsWereReset', reset.map(settingName).join(', '))}
        </div>
      ) : null}
      <p class="status-line" role="status" aria-live="polite">
        {message}
      </p>

      <section aria-labelledby="where-h">
        <h2 id="where-h">{i18n('whereHeading')}</h2>
        <p>{i18n('whereKnownSites')}</p>
        <label class="check">
          <input
            type="checkbox"
            checked={allSites}
            onChange={async (e) => {
              const want = (e.currentTarget as HTMLInputElement).checked;
              const ok = want ? await client.requestAllSites().catch(() => false) : await client.revokeAllSites().catch(() => false);
              setAllSites(want ? ok : !ok);
              setMessage(want ? (ok ? i18n('allSitesGranted') : i18n('allSitesDenied')) : i18n('allSitesRevoked'));
            }}
          />{' '}
          {i18n('allSitesLabel')}
        </label>
        <p class="hint">{i18n('allSitesHint')}</p>
        <SiteList sites={settings.disabledSites} onChange={(disabledSites) => void update({ disabledSites })} />
      </section>

      <section aria-labelledby="display-h">
        <h2 id="display-h">{i18n('displayHeading')}</h2>
        <label class="check">
          <input type="checkbox" checked={settings.highlight} onChange={(e) => void update({ highlight: (e.currentTarget as HTMLInputElement).checked })} /> {i18n('highlightLabel')}
        </label>
        <label class="check">
          <input type="checkbox" checked={settings.badge} onChange={(e) => void update({ badge: (e.currentTarget as HTMLInputElement).checked })} /> {i18n('badgeLabel')}
        </label>
        <fieldset>
          <legend>{i18n('notesToShow')}</legend>
          {NOTE_IDS.map((id) => (
            <label class="check" key={id}>
              <input
                type="checkbox"
                checked={!settings.hiddenNotes.includes(id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const hiddenNotes: NoteId[] = on ? settings.hiddenNotes.filter((n) => n !== id) : [...settings.hiddenNotes, id];
                  void update({ hiddenNotes });
                }}
              />{' '}
              {noteTitle(id)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="detect-h">
        <h2 id="detect-h">{i18n('detectionHeading')}</h2>
        <label>
          {i18n('sensitivityLabel')}{' '}
          <select value={settings.sensitivity} onChange={(e) => void update({ sensitivity: (e.currentTarget as HTMLSelectElement).value as Settings['sensitivity'] })}>
            {SENSITIVITIES.map((s) => (
              <option key={s} value={s}>
                {sensitivityName(s)}
              </option>
            ))}
          </select>
        </label>
      </section>

      <CustomLabels labels={settings.customLabels} db={db} onChange={(customLabels) => void update({ customLabels })} />

      <section aria-labelledby="backup-h">
        <h2 id="backup-h">{i18n('backupHeading')}</h2>
        <div class="row">
          <button type="button" onClick={() => download(exportSettings(settings))}>
            {i18n('exportSettings')}
          </button>
          <label class="file">
            {i18n('importSettings')}{' '}
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                const f = (e.currentTarget as HTMLInputElement).files?.[0];
                if (!f) return;
                const text = f.size > 1_000_000 ? '' : await f.text();
                const r = importSettings(text);
                if ('error' in r) return setMessage(i18n('importNotJson'));
                await client.save(r.settings);
                setSettings(r.settings);
                setReset(r.reset);
                setMessage(r.reset.length ? i18n('importPartly', r.reset.map(settingName).join(', ')) : i18n('importDone'));
              }}
            />
          </label>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              setSettings(await client.reset());
              setReset([]);
              setMessage(i18n('resetDone'));
            }}
          >
            {i18n('resetDefaults')}
          </button>
        </div>
      </section>

      <section aria-labelledby="db-h">
        <h2 id="db-h">{i18n('databaseHeading')}</h2>
        <p data-testid="db-version">{db ? i18n('databaseVersion', [db.version, String(db.count)]) : ''}</p>
        <p>{i18n('databaseSources')}</p>
        <p>{i18n('databaseRsp')}</p>
        <p>{i18n('databaseLicence')}</p>
      </section>
    </main>
  );
}

function download(text: string): void {
  const blob = new Blob([text], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'credence-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function SiteList({ sites, onChange }: { sites: string[]; onChange: (s: string[]) => void }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState(false);
  return (
    <div class="sites">
      <h3>{i18n('offListHeading')}</h3>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const h = normalizeHost(value);
          setError(!h);
          if (h && !sites.includes(h)) onChange([...sites, h]);
          if (h) setValue('');
        }}
      >
        <label>
          {i18n('offListAdd')}{' '}
          <input type="text" value={value} placeholder="example.com" onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)} aria-invalid={error} />
        </label>
        <button type="submit">{i18n('add')}</button>
      </form>
      {error ? <p role="alert">{i18n('offListInvalid')}</p> : null}
      {sites.length ? (
        <ul data-testid="off-list">
          {sites.map((s) => (
            <li key={s}>
              {s}{' '}
              <button type="button" aria-label={i18n('removeNamed', s)} onClick={() => onChange(sites.filter((x) => x !== s))}>
                {i18n('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{i18n('offListEmpty')}</p>
      )}
    </div>
  );
}

interface Draft {
  id: string;
  name: string;
  aliases: string;
  domains: string;
  country: string;
  kind: string;
  affiliation: string;
  owner: string;
  basisText: string;
  basisUrl: string;
}

const emptyDraft = (): Draft => ({ id: '', name: '', aliases: '', domains: '', country: '', kind: 'outlet', affiliation: 'private', owner: '', basisText: '', basisUrl: '' });
const toDraft = (e: SourceEntry): Draft => ({
  id: e.id,
  name: e.name,
  aliases: e.aliases.join(', '),
  domains: e.domains.join(', '),
  country: e.country ?? '',
  kind: e.kind,
  affiliation: e.affiliation,
  owner: e.owner ?? '',
  basisText: e.basis[0]?.text ?? '',
  basisUrl: e.basis[0]?.url ?? '',
});
const list = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);

function CustomLabels({ labels, db, onChange }: { labels: SourceEntry[]; db: DbInfo | null; onChange: (l: SourceEntry[]) => void }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const save = () => {
    if (!draft) return;
    const id = draft.id.trim() || slug(draft.name);
    const r = validateCustomEntry({
      id,
      name: draft.name,
      aliases: list(draft.aliases),
      domains: list(draft.domains),
      country: draft.country.trim() || null,
      kind: draft.kind,
      affiliation: draft.affiliation,
      owner: draft.owner.trim() || null,
      basis: draft.basisText.trim() || draft.basisUrl.trim() ? [{ text: draft.basisText, url: draft.basisUrl.trim() }] : [],
    });
    if (!r.ok) return setErrors(r.errors);
    if (editing === null && labels.some((l) => l.id === r.entry.id)) return setErrors(['id']);
    setErrors([]);
    onChange(editing !== null ? labels.map((l) => (l.id === editing ? r.entry : l)) : [...labels, r.entry]);
    setDraft(null);
    setEditing(null);
  };
  const field = (k: keyof Draft, label: string, hint?: string) => (
    <label class="field">
      <span>{label}</span>
      <input type="text" value={draft![k]} aria-invalid={errors.includes(fieldError(k))} onInput={(e) => setDraft({ ...draft!, [k]: (e.currentTarget as HTMLInputElement).value })} />
      {hint ? <small>{hint}</small> : null}
    </label>
  );
  const bundledName = (id: string) => db?.entries.find((e) => e.id === id)?.name;
  return (
    <section aria-labelledby="custom-h">
      <h2 id="custom-h">{i18n('customHeading')}</h2>
      <p class="hint">{i18n('customHint')}</p>
      {labels.length ? (
        <ul class="custom-list" data-testid="custom-list">
          {labels.map((l) => (
            <li key={l.id}>
              <strong>{l.name}</strong> <span class="muted">({l.id})</span> — {affiliationName(l.affiliation)}
              {bundledName(l.id) ? <span class="muted"> · {i18n('customOverrides', bundledName(l.id)!)}</span> : null}{' '}
              <button type="button" aria-label={i18n('editNamed', l.name)} onClick={() => (setDraft(toDraft(l)), setEditing(l.id), setErrors([]))}>
                {i18n('edit')}
              </button>{' '}
              <button type="button" aria-label={i18n('removeNamed', l.name)} onClick={() => onChange(labels.filter((x) => x.id !== l.id))}>
                {i18n('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{i18n('customEmpty')}</p>
      )}
      {draft ? (
        <form
          class="custom-form"
          aria-label={i18n('customFormLabel')}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {field('name', i18n('fieldName'))}
          {field('id', i18n('fieldId'), i18n('fieldIdHint'))}
          {field('aliases', i18n('fieldAliases'), i18n('commaSeparated'))}
          {field('domains', i18n('fieldDomains'), i18n('commaSeparated'))}
          {field('country', i18n('fieldCountry'), i18n('fieldCountryHint'))}
          <label class="field">
            <span>{i18n('fieldKind')}</span>
            <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: (e.currentTarget as HTMLSelectElement).value })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {kindName(k)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{i18n('fieldAffiliation')}</span>
            <select value={draft.affiliation} onChange={(e) => setDraft({ ...draft, affiliation: (e.currentTarget as HTMLSelectElement).value })}>
              {AFFILIATIONS.map((a) => (
                <option key={a} value={a}>
                  {affiliationName(a)}
                </option>
              ))}
            </select>
          </label>
          {field('owner', i18n('fieldOwner'))}
          {field('basisText', i18n('fieldBasisText'))}
          {field('basisUrl', i18n('fieldBasisUrl'), i18n('fieldBasisUrlHint'))}
          {errors.length ? (
            <p role="alert" data-testid="custom-errors">
              {i18n('customInvalid', errors.map(fieldName).join(', '))}
            </p>
          ) : null}
          <div class="row">
            <button type="submit" class="primary">
              {i18n('save')}
            </button>
            <button type="button" onClick={() => (setDraft(null), setEditing(null), setErrors([]))}>
              {i18n('cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => (setDraft(emptyDraft()), setEditing(null))}>
          {i18n('customAdd')}
        </button>
      )}
    </section>
  );
}

function slug(s: string): string {
  return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'custom';
}

function fieldError(k: keyof Draft): string {
  return k === 'basisText' || k === 'basisUrl' ? 'basis' : k;
}

function fieldName(e: string): string {
  switch (e) {
    case 'id':
      return i18n('fieldId');
    case 'name':
      return i18n('fieldName');
    case 'aliases':
      return i18n('fieldAliases');
    case 'domains':
      return i18n('fieldDomains');
    case 'country':
      return i18n('fieldCountry');
    case 'kind':
      return i18n('fieldKind');
    case 'affiliation':
      return i18n('fieldAffiliation');
    case 'owner':
      return i18n('fieldOwner');
    default:
      return i18n('fieldBasisUrl');
  }
}
