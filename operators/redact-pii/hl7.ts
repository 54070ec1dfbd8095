// HL7 v2 messages pasted into tickets ("PID|1||MR4471902^^^STM^MR||OKAFOR^CHIDI^NNAMDI||19670805|M|||4410 W
// FULLERTON AVE^^CHICAGO^IL^60639||(773)555-0149"): a PID segment's fields are the patient's name (PID-5), date of
// birth (PID-7), address (PID-11) and SSN (PID-19) by position, whatever their words look like.
import type { Span, PiiType } from './types.ts';
import { gate, hasWord, type Words } from './words.ts';

const pidGate = gate('pid');

/** The PID fields that hold a kind of PII, by index. */
const pidFields: Partial<Record<PiiType, number>> = { name: 5, dob: 7, address: 11, ssn: 19 };
const birthDate = /^(?:1[89]|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;
const ssnDigits = /^\d{3}-?\d{2}-?\d{4}$/;

/** Pushes the `type` field of each PID segment of `text`. */
export function pidValues(text: string, words: Words, type: PiiType, out: Span[]): void {
  const field = pidFields[type];
  if (field === undefined || !hasWord(words, pidGate)) return;
  for (let at = text.indexOf('PID|'); at >= 0; at = text.indexOf('PID|', at + 4)) {
    // A segment of its own, wherever the paste starts it ("The feed sent: PID|1||…"); not "PPID|".
    if (at > 0 && /[\p{L}\p{N}_]/u.test(text[at - 1]!)) continue;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    const fields = line.split('|');
    // PID-1 is the segment's set id, a number or nothing ("PID|PPID|USER|…" is a process table's header).
    if (!/^\d*$/.test(fields[1] ?? 'x')) continue;
    let value = fields[field];
    if (value === undefined) continue;
    let start = at;
    for (let i = 0; i < field; i++) start += fields[i]!.length + 1;
    // Empty trailing components are no part of the value: "SMITH^JOHN^^^".
    value = value.replace(/\^+$/, '');
    if (type === 'dob') value = birthDate.exec(value)?.[0] ?? '';
    else if (type === 'ssn') value = ssnDigits.test(value) ? value : '';
    else if (!/\p{L}/u.test(value)) value = '';
    if (value !== '') out.push({ start, end: start + value.length, type });
  }
}
