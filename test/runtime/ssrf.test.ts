// The address classifier and the connect-time lookup guard.
import assert from 'node:assert/strict';
import type { LookupAddress } from 'node:dns';
import { describe, it } from 'node:test';
import {
  classifyAddress,
  guardedLookup,
  isForbiddenAddressError,
  parseIPv6,
  type AddressClass,
  type Resolver,
} from '../../runtime/ssrf.ts';

const table: [string, AddressClass | undefined][] = [
  ['8.8.8.8', undefined],
  ['1.1.1.1', undefined],
  ['2606:4700:4700::1111', undefined],
  ['::ffff:8.8.8.8', undefined],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['::1', 'loopback'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::127.0.0.1', 'loopback'], // IPv4-compatible
  ['2002:7f00:1::', 'loopback'], // 6to4 of 127.0.0.1
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['172.32.0.1', undefined],
  ['192.168.10.10', 'private'],
  ['fd12:3456::1', 'private'],
  ['fc00::1', 'private'],
  ['64:ff9b::10.0.0.1', 'private'], // NAT64 of 10.0.0.1
  ['64:ff9b::8.8.8.8', undefined],
  ['169.254.169.254', 'link-local'],
  ['::ffff:169.254.169.254', 'link-local'],
  ['::ffff:a9fe:a9fe', 'link-local'],
  ['::ffff:0:a9fe:a9fe', 'link-local'], // IPv4-translated
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['100.64.0.1', 'cgnat'],
  ['100.127.255.255', 'cgnat'],
  ['100.128.0.1', undefined],
  ['0.0.0.0', 'unspecified'],
  ['::', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'reserved'],
  ['192.0.2.1', 'reserved'],
  ['2001:db8::1', 'reserved'],
  ['not an address', 'reserved'], // fails closed
];

describe('classifyAddress', () => {
  for (const [address, expected] of table) {
    it(`${address} → ${expected ?? 'public'}`, () => assert.equal(classifyAddress(address), expected));
  }

  it('parses IPv6 forms to 16 bytes', () => {
    assert.deepEqual(parseIPv6('::1'), [...Array<number>(15).fill(0), 1]);
    assert.deepEqual(parseIPv6('::ffff:1.2.3.4')!.slice(10), [0xff, 0xff, 1, 2, 3, 4]);
    assert.equal(parseIPv6('1::2::3'), undefined);
    assert.equal(parseIPv6('1:2:3:4:5:6:7:8:9'), undefined);
    assert.equal(parseIPv6('12345::'), undefined);
  });
});

describe('guardedLookup', () => {
  const resolverOf =
    (addresses: LookupAddress[]): Resolver =>
    (_host, _options, callback) =>
      callback(null, addresses);

  function lookupAll(resolve: Resolver) {
    return new Promise<{ err: Error | null; addresses: unknown }>((done) =>
      guardedLookup(resolve)('name.test', { all: true }, (err, addresses) => done({ err, addresses })),
    );
  }

  it('hands the socket only the allowed addresses of a mixed answer', async () => {
    const { err, addresses } = await lookupAll(
      resolverOf([
        { address: '10.0.0.1', family: 4 },
        { address: '93.184.216.34', family: 4 },
        { address: '::1', family: 6 },
      ]),
    );
    assert.equal(err, null);
    assert.deepEqual(addresses, [{ address: '93.184.216.34', family: 4 }]);
  });

  it('fails with a forbidden-address error when nothing is allowed', async () => {
    const { err } = await lookupAll(resolverOf([{ address: '169.254.169.254', family: 4 }]));
    assert.ok(isForbiddenAddressError(err));
    assert.match(err!.message, /name\.test \(resolves to 169\.254\.169\.254\): link-local/);
  });

  it('answers single-address lookups with the first allowed one', async () => {
    const result = await new Promise<unknown[]>((done) =>
      guardedLookup(
        resolverOf([
          { address: '127.0.0.1', family: 4 },
          { address: '2606:4700::1', family: 6 },
        ]),
      )('name.test', {}, (...args) => done(args)),
    );
    assert.deepEqual(result, [null, '2606:4700::1', 6]);
  });

  it('passes resolver errors through', async () => {
    const failing: Resolver = (_h, _o, callback) =>
      callback(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }), []);
    const { err } = await lookupAll(failing);
    assert.equal((err as NodeJS.ErrnoException).code, 'ENOTFOUND');
    assert.ok(!isForbiddenAddressError(err));
  });
});
