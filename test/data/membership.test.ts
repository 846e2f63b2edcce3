import { expect } from '@open-wc/testing';
import { berlinDate, isIsoDate, membershipValidity, readDirectory, readMembership } from '../../src/data/membership.js';
import type { KulturMembership } from '../../src/data/types.js';

const network = { id: 'laks-hessen', name: 'LAKS Hessen e.V.', url: 'https://laks-hessen.example/', membersUrl: 'https://laks-hessen.example/mitglieder' };
const member = { id: 'im-puls', name: 'IM-PULS', since: '2022-11-01', status: 'active', validUntil: '2026-12-31' };

/** A moment as a wall-clock time in Berlin (the test browser sits in New York). */
const berlin = (isoWithOffset: string) => new Date(isoWithOffset);

async function fixture(name: string): Promise<unknown> {
  return (await fetch(`/test/fixtures/membership/${name}`)).json();
}

describe('readMembership', () => {
  it('reads a single membership into the normalized shape', () => {
    const reading = readMembership({ network, member: { ...member, profileUrl: 'https://laks-hessen.example/mitglieder/im-puls', extra: 1 } });
    expect(reading.problems).to.deep.equal([]);
    expect(reading.membership).to.deep.equal({
      network,
      member: { ...member, profileUrl: 'https://laks-hessen.example/mitglieder/im-puls' },
    });
  });

  it('never changes the object it reads', () => {
    const raw = { network: { ...network, logo: 'logo.svg' }, member: { ...member, websites: ['https://im-puls.example/home'] } };
    const copy = structuredClone(raw);
    const reading = readMembership(raw, { baseUrl: 'https://laks-hessen.example/api/m.json' });
    expect(raw).to.deep.equal(copy);
    expect(reading.membership?.network.logo).to.equal('https://laks-hessen.example/api/logo.svg');
    expect(reading.membership?.member.websites).to.deep.equal(['https://im-puls.example']);
  });

  it('picks the member from a directory, and only reports problems of the network and that member', async () => {
    const reading = readMembership(await fixture('directory.json'), { member: 'zollhaus', baseUrl: 'https://laks-hessen.example/dir.json' });
    expect(reading.membership?.member.name).to.equal('Kulturzentrum Zollhaus e.V.');
    expect(reading.membership?.member.websites).to.deep.equal(['https://zollhaus.example', 'https://www.zollhaus.example']);
    expect(reading.problems).to.deep.equal([]);
  });

  it('answers unknown-member for an id that is not in the directory', async () => {
    const reading = readMembership(await fixture('directory.json'), { member: 'nobody' });
    expect(reading.membership).to.equal(undefined);
    expect(reading.reason).to.equal('unknown-member');
    expect(reading.network?.name).to.equal('LAKS Hessen e.V.');
  });

  it('answers unknown-member for a directory without a member id, and says what to do', async () => {
    const reading = readMembership(await fixture('directory.json'));
    expect(reading.reason).to.equal('unknown-member');
    expect(reading.problems.find((p) => p.path === 'members')?.message).to.contain('set the member attribute');
  });

  it('answers unknown-member when a single-member file is for someone else', () => {
    expect(readMembership({ network, member }, { member: 'zollhaus' }).reason).to.equal('unknown-member');
    expect(readMembership({ network, member }, { member: 'im-puls' }).membership?.member.id).to.equal('im-puls');
  });

  it('names the field and the value of each problem', () => {
    const reading = readMembership({ network: { id: 'laks', url: 'ftp://x' }, member: { ...member, validUntil: '2027-13-01', status: 'aktiv', since: 2022 } });
    expect(reading.membership).to.equal(undefined);
    expect(reading.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'network.name: missing: expected a non-empty string',
      'network.url: "ftp://x" is not an http(s) URL; ignored',
      'member.status: "aktiv" is not one of active, suspended, ended',
      'member.validUntil: "2027-13-01" is not a date',
      'member.since: 2022 is not a date; ignored',
    ]);
    expect(reading.problems.map((p) => p.severity)).to.deep.equal(['error', 'warning', 'error', 'error', 'warning']);
  });

  it('rejects impossible dates and drops non-http links', () => {
    const reading = readMembership({
      network: { ...network, membersUrl: 'javascript:alert(1)' },
      member: { ...member, validUntil: '2027-02-30', profileUrl: 'javascript:alert(1)' },
    });
    expect(reading.membership).to.equal(undefined);
    expect(reading.problems.map((p) => p.path)).to.deep.equal(['network.membersUrl', 'member.validUntil', 'member.profileUrl']);
  });

  it('fails closed on an unreadable websites list', () => {
    const reading = readMembership({ network, member: { ...member, websites: 'https://im-puls.example' } });
    expect(reading.membership).to.equal(undefined);
    expect(reading.problems[0].path).to.equal('member.websites');
  });

  it('reports JSON that is no membership at all', () => {
    expect(readMembership([1, 2]).problems[0].message).to.contain('is not an object');
    expect(readMembership({ network }).problems[0]).to.deep.include({ path: 'member', severity: 'error' });
  });

  it('treats a hostile name as plain data', async () => {
    const reading = readMembership(await fixture('hostile.json'));
    expect(reading.membership?.member.name).to.equal('<img src=x onerror=alert(1)>');
    expect(reading.membership?.member.profileUrl).to.equal(undefined);
    expect(reading.membership?.network.membersUrl).to.equal(undefined);
  });
});

describe('readDirectory', () => {
  it('keeps the valid members and names each bad one by index', async () => {
    const directory = readDirectory(await fixture('directory.json'), { baseUrl: 'https://laks-hessen.example/api/dir.json' });
    expect(directory.members.map((m) => m.id)).to.deep.equal(['im-puls', 'zollhaus', 'alte-muehle', 'kulturfabrik', 'schlachthof']);
    expect(directory.network?.logo).to.equal('https://laks-hessen.example/api/logo-laks.svg');
    expect(directory.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'members[5].status: "aktiv" is not one of active, suspended, ended',
      'members[5].validUntil: "2027-13-01" is not a date',
    ]);
  });

  it('reports a directory without members', () => {
    expect(readDirectory({ network }).problems).to.deep.equal([{ path: 'members', message: 'missing: expected an array', severity: 'error' }]);
  });
});

describe('isIsoDate and berlinDate', () => {
  it('accepts only real calendar dates', () => {
    expect(['2024-02-29', '2026-12-31'].every(isIsoDate)).to.equal(true);
    expect(['2025-02-29', '2027-13-01', '2026-1-5', '2026-12-31T00:00:00Z', 20261231].some(isIsoDate)).to.equal(false);
  });

  it('gives the date in Berlin, not in the viewer’s zone (New York here)', () => {
    // 00:30 in Berlin on 1 January is still 31 December in New York.
    expect(berlinDate(berlin('2027-01-01T00:30:00+01:00'))).to.equal('2027-01-01');
    expect(berlinDate(berlin('2026-12-31T23:59:00+01:00'))).to.equal('2026-12-31');
    // Summer time: 00:30 CEST.
    expect(berlinDate(berlin('2026-07-01T00:30:00+02:00'))).to.equal('2026-07-01');
  });
});

describe('membershipValidity', () => {
  const membership = (over: Partial<KulturMembership['member']> = {}): KulturMembership => ({
    network,
    member: { id: 'im-puls', name: 'IM-PULS', status: 'active', validUntil: '2026-12-31', ...over },
  });
  const origin = 'https://im-puls.example';

  it('is valid the day before validUntil and on the day itself, to its last minute in Berlin', () => {
    expect(membershipValidity(membership(), berlin('2026-12-30T12:00:00+01:00'), origin)).to.deep.equal({ valid: true });
    expect(membershipValidity(membership(), berlin('2026-12-31T00:00:00+01:00'), origin)).to.deep.equal({ valid: true });
    expect(membershipValidity(membership(), berlin('2026-12-31T23:59:59+01:00'), origin)).to.deep.equal({ valid: true });
  });

  it('is expired from the first minute of the next day in Berlin, although it is still the 31st in New York', () => {
    expect(membershipValidity(membership(), berlin('2027-01-01T00:00:00+01:00'), origin)).to.deep.equal({ valid: false, reason: 'expired' });
    expect(membershipValidity(membership(), berlin('2027-01-02T12:00:00+01:00'), origin)).to.deep.equal({ valid: false, reason: 'expired' });
  });

  it('needs status active', () => {
    const now = berlin('2026-06-01T12:00:00+02:00');
    expect(membershipValidity(membership({ status: 'suspended' }), now, origin)).to.deep.equal({ valid: false, reason: 'suspended' });
    expect(membershipValidity(membership({ status: 'ended' }), now, origin)).to.deep.equal({ valid: false, reason: 'ended' });
  });

  it('is open-ended without validUntil while the status is active', () => {
    expect(membershipValidity(membership({ validUntil: undefined }), berlin('2040-01-01T12:00:00+01:00'), origin).valid).to.equal(true);
  });

  it('binds to the listed origins when websites is given, and to none when it is not', () => {
    const now = berlin('2026-06-01T12:00:00+02:00');
    const bound = membership({ websites: ['https://im-puls.example', 'https://www.im-puls.example'] });
    expect(membershipValidity(bound, now, 'https://www.im-puls.example').valid).to.equal(true);
    expect(membershipValidity(bound, now, 'https://im-puls.example.evil.test')).to.deep.equal({ valid: false, reason: 'origin' });
    expect(membershipValidity(bound, now, 'http://im-puls.example')).to.deep.equal({ valid: false, reason: 'origin' });
    expect(membershipValidity(bound, now, undefined)).to.deep.equal({ valid: false, reason: 'origin' });
    expect(membershipValidity(membership(), now, 'https://anywhere.example').valid).to.equal(true);
  });
});
