// Long, adversarial inputs (repeated tokens, runs of punctuation, one huge word): the scan must give the right
// findings on them. Their cost is measured in bench/redact-pii-hostile.ts; these tests check only what is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanOptions } from '../../../operators/redact-pii.ts';
import { indexedParts, localParts, partsIndex } from '../../../operators/redact-pii/email-parts.ts';
import { findPii } from '../../../operators/redact-pii/scan.ts';

const options = scanOptions({});
const find = (text: string) => findPii(text, options);

/** How many findings of each type. */
function counts(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of find(text)) out[f.type] = (out[f.type] ?? 0) + 1;
  return out;
}

/** `unit` repeated to `length` characters (the last copy cut short). */
const fill = (unit: string, length = 100_000) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('hostile input: secret key names', () => {
  it('a key name of 9 KB is no key name; a real key after it is still read', () => {
    // The value has no digit: the learned reading (learned.ts), which reads any token with one near the word
    // "password", would take a password-shaped `open4me!` on its own, key name or not.
    const text = 'password_'.repeat(1000) + 'x = openme and DB_PASSWORD=Hunter2x!';
    assert.deepEqual(
      find(text).map((f) => [f.type, f.value]),
      [['secret', 'Hunter2x!']],
    );
  });
  it('a key name of 128 characters is still a key name', () => {
    const text = 'a_'.repeat(60) + 'password = Hunter2x!';
    assert.deepEqual(
      find(text).map((f) => [f.type, f.start, f.value]),
      [['secret', 131, 'Hunter2x!']],
    );
  });
  it('one key name made of secret words over 100 KB finds nothing', () => {
    assert.deepEqual(find(fill('password_') + '= x'), []);
    assert.deepEqual(find(fill('db.Token-') + ': x'), []);
  });
  it('secret words late in a long line: a password named just before them is found, one on the line above is not', () => {
    const line = 'x '.repeat(25_000);
    assert.deepEqual(find(line + 'pw_'.repeat(15_000)), []);
    assert.deepEqual(
      find(line + 'Kb!ngsTemp2024 is the password').map((f) => [f.type, f.start, f.value]),
      [['secret', 50_000, 'Kb!ngsTemp2024']],
    );
    assert.deepEqual(find(line + 'Kb!ngsTemp2024\nis the password'), []);
  });
});

describe('hostile input: IPv6 candidates', () => {
  it('runs of dots and colons over 100 KB are no address', () => {
    assert.deepEqual(find('1::' + '.'.repeat(100_000) + ':'), []);
    assert.deepEqual(find('1::' + '.'.repeat(100_000) + '::1 '), []);
    assert.deepEqual(find(fill('::')), []);
    assert.deepEqual(find(fill(':.')), []);
    assert.deepEqual(find(fill('1:.')), []);
  });
  it('an address before or after a long run of dots is found without the dots', () => {
    const dots = '.'.repeat(100_000);
    assert.deepEqual(
      find('see fe80::1' + dots + ' then').map((f) => [f.type, f.start, f.value]),
      [['ip', 4, 'fe80::1']],
    );
    assert.deepEqual(
      find(dots + ' fe80::1:2.').map((f) => [f.type, f.start, f.value]),
      [['ip', 100_001, 'fe80::1:2']],
    );
  });
});

describe('hostile input: many findings', () => {
  it('every date of "DOB 01/02/1990 " repeated over 100 KB is one date of birth', () => {
    const findings = find(fill('DOB 01/02/1990 '));
    assert.equal(findings.length, 6666);
    assert.ok(
      findings.every((f, i) => f.type === 'dob' && f.value === '01/02/1990' && f.start === i * 15 + 4),
    );
  });
  it('phone numbers among thousands of dates of birth and of IP addresses', () => {
    const text = fill('DOB 01/02/1990, call 415-555-0132. ');
    assert.deepEqual(counts(text), { dob: 2857, phone: 2857 });
    // The run of digits reaches into the IP address after each phone number: it ends before it.
    const mixed = fill('call 415-555-0132 10.0.0.1, ');
    assert.deepEqual(counts(mixed), { phone: 3571, ip: 3571 });
    assert.ok(find(mixed).every((f) => f.value === (f.type === 'ip' ? '10.0.0.1' : '415-555-0132')));
  });
});

describe('hostile input: date-of-birth cues on one long line', () => {
  it('cue words and dates over 100 KB with no newline', () => {
    assert.deepEqual(counts(fill('born ')), {});
    assert.deepEqual(counts(fill('D.O.B. 1990-01-02 ')), { dob: 5555 });
    assert.deepEqual(counts(fill('DOB 01/02/1990 ', 99_990) + '\n'), { dob: 6666 });
  });
  it('in a long line, a later date of birth is read up to 160 characters after the cue', () => {
    const line = 'x '.repeat(50_000);
    // The date ends 159 characters after the start of "DOB", then 161.
    assert.deepEqual(counts(line + 'DOB? ' + 'z '.repeat(72) + '1990-05-06'), { dob: 1 });
    assert.deepEqual(counts(line + 'DOB? ' + 'z '.repeat(73) + '1990-05-06'), {});
  });
});

describe('hostile input: date-of-birth columns', () => {
  it('a header line of 25 000 dob cells over a row of another width is no table', () => {
    const text = 'dob,'.repeat(24_999) + 'dob\n' + 'x,'.repeat(10) + '1990-05-06\n';
    assert.deepEqual(
      find(text).map((f) => [f.type, f.start, f.value]),
      [['dob', 100_020, '1990-05-06']],
    );
  });
  it('a table 5 000 dob columns wide: every cell of its rows, and nothing after it', () => {
    const row = '01/02/1990,'.repeat(4_999) + '01/02/1990\n';
    const text = 'dob,'.repeat(4_999) + 'dob\n' + row + row + 'x\nordered 1990-05-06';
    assert.deepEqual(counts(text), { dob: 10_000 });
  });
  it('a long line of cues and dates ending in a newline is no header', () => {
    assert.deepEqual(counts(fill('DOB 01/02/1990, ', 100_000) + '\nx\n'), { dob: 6250 });
  });
});

describe('hostile input: names and addresses on one long line', () => {
  it('a name before each of thousands of phone numbers, emails and "here"s', () => {
    assert.deepEqual(counts(fill('Anna here, ')), { name: 9091 });
    assert.deepEqual(counts('Call Ravi Patel (617-555-0100) '.repeat(3300)), { name: 3300, phone: 3300 });
    assert.deepEqual(counts(fill('John Smith <john@example.com> ')), { name: 3334, email: 3333 });
  });
  it('the names of one address written thousands of times, where they stand alone', () => {
    const findings = find(fill('Jane Doe jane.doe@example.com '));
    assert.equal(findings.filter((f) => f.type === 'name').length, 3334);
    assert.equal(findings.filter((f) => f.type === 'email').length, 3333);
    assert.ok(findings.every((f) => f.value === (f.type === 'name' ? 'Jane Doe' : 'jane.doe@example.com')));
  });
  it('street words and numbers repeated over 100 KB', () => {
    assert.deepEqual(counts(fill('Street 12, ')), {});
    // How far each address reaches into the next copy is the address rules' business; each holds a street and
    // its postcode, and they do not overlap.
    const berlin = find(fill('Main St 5, 10115 Berlin '));
    assert.ok(berlin.length > 1000);
    assert.ok(berlin.every((f) => f.type === 'address' && f.value.includes('Main St 5, 10115')));
    assert.ok(berlin.every((f, i) => i === 0 || berlin[i - 1]!.end <= f.start));
  });
});

describe('hostile input: dotted quads in long lines and tables', () => {
  it('thousands of addresses on one line, with or without pipes', () => {
    assert.deepEqual(counts(fill('10.0.0.1 ')), { ip: 11_111 });
    assert.deepEqual(counts('| 10.0.0.1 '.repeat(10_000)), { ip: 10_000 });
  });
  it('a markdown table of 4 000 rows: the version column stays, the host column is redacted', () => {
    const text = '| version | host |\n|---|---|\n' + '| 1.2.3.4 | 10.0.0.1 |\n'.repeat(4_000);
    const findings = find(text);
    assert.equal(findings.length, 4_000);
    assert.ok(findings.every((f) => f.type === 'ip' && f.value === '10.0.0.1'));
  });
  it('a row of 100 KB under a header: its cells by column', () => {
    const text = '| host | version |\n|---|---|\n| ' + '10.0.0.1 '.repeat(11_000) + '| 1.2.3.4 |\n';
    assert.deepEqual(counts(text), { ip: 11_000 });
  });
});

describe('hostile input: undelimited SSNs on one long line', () => {
  it('a cue on the line above announces each of them; a cue elsewhere none', () => {
    assert.deepEqual(counts(('ssn\n' + '123456789, '.repeat(10_000)).slice(0, 100_000)), { ssn: 9090 });
    assert.deepEqual(counts(('x\n' + '123456789, '.repeat(10_000)).slice(0, 100_000) + ' ssn'), {});
  });
});

describe('hostile input: obfuscated email addresses', () => {
  it('thousands of "name at domain dot com" addresses with no @ in the text', () => {
    assert.deepEqual(counts(fill('ab at cd dot com.ef.gh ')), { email: 4348 });
    assert.deepEqual(counts(fill('jane at example dot com ')), { email: 4166 });
  });
  it('the names of an obfuscated address before 100 KB of dotted words', () => {
    const text = 'Ping Dawn and Okafor. dawn.okafor at x dot io and z@y.co.' + ' x.y'.repeat(25_000);
    assert.deepEqual(counts(text), { name: 1, email: 2 });
  });
  it('local parts read from the index are the parts of the slice', () => {
    const split = (t: string, s: number, e: number) => {
      const parts = t
        .slice(s, e)
        .split(/[._-]+/)
        .filter((p) => /^\p{L}{2,}$/u.test(p));
      return parts.length > 3 ? undefined : parts;
    };
    const pieces = ['a', 'ab', 'Anna', 'ñu', '𝒜', '.', '_', '-', '..', ' ', '@', 'x1', ' at '];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let k = next(120); k > 0; k--) text += pieces[next(pieces.length)];
      const index = partsIndex(text);
      const s = next(text.length + 1);
      const e = s + next(text.length - s + 1);
      assert.deepEqual(indexedParts(text, s, e, index), split(text, s, e), JSON.stringify([text, s, e]));
      assert.deepEqual(localParts(text, s, -1, {}), split(text, s, -1), JSON.stringify([text, s, -1]));
    }
  });
});

describe('hostile input: thousands of different names', () => {
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'sa',
    'ti',
    'vo',
    'be',
    'du',
    'fa',
    'go',
    'hi',
    'ju',
    'pe',
    'ze',
  ];
  /** 4 096 different made-up names (a final "x" keeps English words out: "Famine" would be a word). */
  const made = (i: number) => {
    const w = syllables[i % 16]! + syllables[(i >> 4) % 16]! + syllables[(i >> 8) % 16]! + 'x';
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const repeated = (shape: (i: number) => string) => {
    const names: string[] = [];
    let text = '';
    for (let i = 0; text.length < 100_000; i++) {
      names.push(made(i));
      text += shape(i);
    }
    return { text, names };
  };
  it('each name signed after "Thanks," or before "here" is found where it stands', () => {
    for (const shape of [(i: number) => `Thanks, ${made(i)}\n`, (i: number) => `${made(i)} here, `]) {
      const { text, names } = repeated(shape);
      const findings = find(text);
      assert.deepEqual(
        findings.map((f) => [f.type, f.value]),
        names.map((n) => ['name', n]),
      );
    }
  });
  it('thousands of different addresses', () => {
    const { text, names } = repeated(
      (i) => `${made(i).toLowerCase()}.${made(i * 7 + 3).toLowerCase()}@example.com `,
    );
    // One address per name made.
    assert.deepEqual(counts(text), { email: names.length });
  });
});

describe('hostile input: name columns', () => {
  it('a header line of 20 000 name cells and nothing under it', () => {
    assert.deepEqual(find('name,'.repeat(20_000)), []);
  });
  it('a table 3 000 name columns wide, with an email column', () => {
    const row = 'Anna Lee,'.repeat(3_000) + 'a@b.co\n';
    const findings = find('name,'.repeat(3_000) + 'email\n' + row + row + row);
    assert.equal(findings.length, 9_003);
    assert.ok(findings.every((f) => f.value === (f.type === 'name' ? 'Anna Lee' : 'a@b.co')));
  });
});

describe('hostile input: signature lines', () => {
  it('a long line of phone numbers has no signature name above each one', () => {
    const text = fill('Call +1 415 555 0132 ', 50_000);
    const c = counts(text);
    assert.equal(c.name, undefined);
    assert.ok(c.phone! > 2000);
  });
  it('a name line above each of many phone lines is found each time', () => {
    const text = 'Maria Lopez\nTel: +1 415 555 0132\n'.repeat(500);
    const c = counts(text);
    assert.equal(c.phone, 500);
    assert.equal(c.name, 500);
  });
});

describe('hostile input: repeated secrets and command lines', () => {
  it('a code repeated thousands of times is found at each place, once', () => {
    const text = fill('PIN 1234 and 1234 ', 50_000);
    const findings = find(text);
    assert.equal(findings.length, Math.floor(50_000 / 18) * 2 + 1);
    assert.ok(findings.every((f) => f.type === 'secret' && f.value === '1234'));
  });
  it("one long line of mysql -p'…' commands gives each password once", () => {
    const text = fill("mysql -p'abcd' ", 30_000);
    const findings = find(text);
    assert.equal(findings.length, 2_000);
    assert.ok(findings.every((f) => f.value === 'abcd'));
  });
});

describe('hostile input: listed codes and user agents', () => {
  it('100 KB of the word "codes" finds nothing', () => {
    assert.deepEqual(find(fill('codes ')), []);
  });
  it('gift-card codes listed thousands of times are each found once', () => {
    const unit = 'gift card codes are ABCD-1234-EF56 and ';
    const text = fill(unit);
    const whole = text.split('ABCD-1234-EF56').length - 1;
    const findings = find(text);
    assert.equal(findings.length, whole);
    assert.ok(findings.every((f) => f.type === 'secret' && f.value === 'ABCD-1234-EF56'));
  });
  it('thousands of user-agent lines hold no address', () => {
    const line =
      'User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36\n';
    assert.deepEqual(find(fill(line)), []);
  });
});

describe('hostile input: the learned reading of codes', () => {
  it('a 100 KB line of codes after "pin": each read once, as one code', () => {
    assert.deepEqual(counts(fill('pin 1 2 3 4 5 6 ')), { secret: 6250 });
  });
  it('codes after a 99 KB line are read on their own line', () => {
    assert.deepEqual(
      find('x'.repeat(99_000) + '\nold pin 2468, new pin 1357').map((f) => f.value),
      ['2468', '1357'],
    );
  });
  it('100 KB of JSON objects with a pin_code key: every value', () => {
    assert.deepEqual(counts(fill('{"pin_code":"604219"},', 99_000)), { secret: 4500 });
  });
});
