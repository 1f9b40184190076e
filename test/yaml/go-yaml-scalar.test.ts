import { describe, expect, it } from 'vitest';
import { formatFloat32, goMapKey, normalizeTag, resolveGoScalar, type GoScalar } from '../../src/engine/yaml/index.js';

// Untagged plain scalars: [text, type, goString]. The expectations were
// produced by running go-yaml v2's resolve rules (resolveTable, resolveMap,
// yamlStyleFloat, from sigs.k8s.io/yaml goyaml.v2/resolve.go) with Go's own
// strconv.ParseInt / ParseUint / ParseFloat and sigs.k8s.io/yaml's
// conversion (FormatInt / FormatUint / FormatFloat(f, 'g', -1, 32)).
const PLAIN: [string, GoScalar['type'], string][] = [
  ["", "null", ""],
  ["~", "null", ""],
  ["null", "null", ""],
  ["Null", "null", ""],
  ["NULL", "null", ""],
  ["nULL", "string", "nULL"],
  ["y", "bool", "true"],
  ["Y", "bool", "true"],
  ["yes", "bool", "true"],
  ["Yes", "bool", "true"],
  ["YES", "bool", "true"],
  ["yEs", "string", "yEs"],
  ["n", "bool", "false"],
  ["N", "bool", "false"],
  ["no", "bool", "false"],
  ["No", "bool", "false"],
  ["NO", "bool", "false"],
  ["true", "bool", "true"],
  ["True", "bool", "true"],
  ["TRUE", "bool", "true"],
  ["tRUE", "string", "tRUE"],
  ["false", "bool", "false"],
  ["False", "bool", "false"],
  ["FALSE", "bool", "false"],
  ["on", "bool", "true"],
  ["On", "bool", "true"],
  ["ON", "bool", "true"],
  ["off", "bool", "false"],
  ["Off", "bool", "false"],
  ["OFF", "bool", "false"],
  ["oN", "string", "oN"],
  ["0", "int", "0"],
  ["-0", "int", "0"],
  ["+0", "int", "0"],
  ["1", "int", "1"],
  ["+1", "int", "1"],
  ["-1", "int", "-1"],
  ["007", "int", "7"],
  ["010", "int", "8"],
  ["08", "float", "8"],
  ["09", "float", "9"],
  ["0o17", "int", "15"],
  ["0O17", "int", "15"],
  ["0x1F", "int", "31"],
  ["0X1f", "int", "31"],
  ["-0x1F", "int", "-31"],
  ["+0x1F", "int", "31"],
  ["0b101", "int", "5"],
  ["-0b101", "int", "-5"],
  ["0B11", "int", "3"],
  ["0x", "string", "0x"],
  ["0b", "string", "0b"],
  ["1_000", "int", "1000"],
  ["1_000_000", "int", "1000000"],
  ["0x_1F", "int", "31"],
  ["1__0", "int", "10"],
  ["_1", "string", "_1"],
  ["1_", "int", "1"],
  ["9223372036854775807", "int", "9223372036854775807"],
  ["9223372036854775808", "int", "9223372036854775808"],
  ["-9223372036854775808", "int", "-9223372036854775808"],
  ["-9223372036854775809", "float", "-9.223372e+18"],
  ["18446744073709551615", "int", "18446744073709551615"],
  ["18446744073709551616", "float", "1.8446744e+19"],
  ["0xFFFFFFFFFFFFFFFF", "int", "18446744073709551615"],
  ["0x10000000000000000", "int", "18446744073709551616"],
  ["1.0", "float", "1"],
  ["1.20", "float", "1.2"],
  ["3.10", "float", "3.1"],
  ["0.1", "float", "0.1"],
  ["1.", "float", "1"],
  [".5", "float", "0.5"],
  ["+.5", "float", "0.5"],
  ["-.5", "float", "-0.5"],
  ["1e3", "float", "1000"],
  ["1E3", "float", "1000"],
  ["1e+3", "float", "1000"],
  ["1e-3", "float", "0.001"],
  ["1.5e10", "float", "1.5e+10"],
  ["1e6", "float", "1e+06"],
  ["123456", "int", "123456"],
  ["123456.0", "float", "123456"],
  ["1234567.0", "float", "1.234567e+06"],
  ["1000000.0", "float", "1e+06"],
  ["100000.0", "float", "100000"],
  ["0.0001", "float", "0.0001"],
  ["0.00001", "float", "1e-05"],
  ["16777217.0", "float", "1.6777216e+07"],
  ["16777216.5", "float", "1.6777216e+07"],
  ["3.4028235e38", "float", "3.4028235e+38"],
  ["3.5e38", "float", "+Inf"],
  ["1e39", "float", "+Inf"],
  ["1e400", "string", "1e400"],
  ["1e-400", "float", "0"],
  ["1e-46", "float", "0"],
  ["1.4e-45", "float", "1e-45"],
  ["-0.0", "float", "-0"],
  ["1_0.5", "float", "10.5"],
  [".5_0", "float", "0.5"],
  ["._5", "string", "._5"],
  [".e3", "string", ".e3"],
  [".5e3", "float", "500"],
  ["1.5e", "string", "1.5e"],
  ["1e", "string", "1e"],
  ["e3", "string", "e3"],
  [".inf", "float", "+Inf"],
  [".Inf", "float", "+Inf"],
  [".INF", "float", "+Inf"],
  ["+.inf", "float", "+Inf"],
  ["-.inf", "float", "-Inf"],
  ["-.Inf", "float", "-Inf"],
  ["-.INF", "float", "-Inf"],
  [".iNf", "string", ".iNf"],
  [".nan", "float", "NaN"],
  [".NaN", "float", "NaN"],
  [".NAN", "float", "NaN"],
  [".nAn", "string", ".nAn"],
  ["inf", "string", "inf"],
  ["nan", "string", "nan"],
  ["Infinity", "string", "Infinity"],
  ["2001-12-14", "string", "2001-12-14"],
  ["2001-12-14t21:59:43.10-05:00", "string", "2001-12-14t21:59:43.10-05:00"],
  ["2001-12-14 21:59:43.10", "string", "2001-12-14 21:59:43.10"],
  ["1.20.x", "string", "1.20.x"],
  ["v1.2.3", "string", "v1.2.3"],
  ["1.2.3", "string", "1.2.3"],
  [">= 1.21", "string", ">= 1.21"],
  ["1:20", "string", "1:20"],
  ["190:20:30", "string", "190:20:30"],
  ["1,000", "string", "1,000"],
  ["0.1.2", "string", "0.1.2"],
  ["12e", "string", "12e"],
  ["-", "string", "-"],
  ["+", "string", "+"],
  [".", "string", "."],
  ["1-2", "string", "1-2"],
  ["sha256:abc", "string", "sha256:abc"],
  ["<<", "string", "<<"],
];

describe('resolveGoScalar: untagged plain scalars (YAML 1.1, go-yaml v2)', () => {
  it.each(PLAIN)('%j → %s %j', (text, type, goString) => {
    const got = resolveGoScalar(text, 'plain');
    expect({ type: got.type, goString: got.goString }).toEqual({ type, goString });
    expect(got.error).toBeUndefined();
  });

  it('gives the string Gardener receives for the classic traps', () => {
    expect(resolveGoScalar('3.10', 'plain').goString).toBe('3.1');
    expect(resolveGoScalar('010', 'plain').goString).toBe('8');
    expect(resolveGoScalar('yes', 'plain').goString).toBe('true');
    expect(resolveGoScalar('1.20', 'plain').goString).toBe('1.2');
    expect(resolveGoScalar('null', 'plain')).toEqual({ type: 'null', goString: '' });
  });
});

describe('resolveGoScalar: styles and tags', () => {
  it('never resolves quoted or block scalars', () => {
    for (const style of ['single-quoted', 'double-quoted', 'literal', 'folded'] as const) {
      for (const text of ['3.10', 'yes', '010', 'null', '', '.inf']) {
        expect(resolveGoScalar(text, style)).toEqual({ type: 'string', goString: text });
      }
    }
  });

  it.each([
    ['!!str', '3.10', 'plain', 'string', '3.10'],
    ['!!str', '', 'plain', 'string', ''],
    ['tag:yaml.org,2002:str', 'yes', 'plain', 'string', 'yes'],
    ['!<tag:yaml.org,2002:str>', '010', 'plain', 'string', '010'],
    ['!!int', '010', 'double-quoted', 'int', '8'],
    ['!!int', '0x1F', 'plain', 'int', '31'],
    ['!!float', '5', 'plain', 'float', '5'],
    ['!!float', '3.10', 'single-quoted', 'float', '3.1'],
    ['!!bool', 'yes', 'double-quoted', 'bool', 'true'],
    ['!!bool', 'off', 'plain', 'bool', 'false'],
    ['!!null', '~', 'plain', 'null', ''],
    ['!!null', '', 'plain', 'null', ''],
    ['!!timestamp', '2001-12-14', 'plain', 'string', '2001-12-14'],
    ['!!timestamp', '2001-12-14t21:59:43.10-05:00', 'plain', 'string', '2001-12-14t21:59:43.10-05:00'],
    ['!', '5', 'plain', 'string', '5'],
    ['!local', 'yes', 'plain', 'string', 'yes'],
    ['!!binary', 'aGVsbG8=', 'plain', 'string', 'hello'],
    ['!!binary', 'aGVs\nbG8=', 'literal', 'string', 'hello'],
  ] as const)('%s %j (%s) → %s %j', (tag, text, style, type, goString) => {
    const got = resolveGoScalar(text, style, tag);
    expect(got.error).toBeUndefined();
    expect({ type: got.type, goString: got.goString }).toEqual({ type, goString });
  });

  it.each([
    ['!!int', 'v1.2', 'cannot decode !!str `v1.2` as a !!int'],
    ['!!int', '1.5', 'cannot decode !!float `1.5` as a !!int'],
    ['!!bool', '1', 'cannot decode !!int `1` as a !!bool'],
    ['!!null', 'x', 'cannot decode !!str `x` as a !!null'],
    ['!!int', '', 'cannot decode !!null `` as a !!int'],
    ['!!float', 'yes', 'cannot decode !!bool `yes` as a !!float'],
    ['!!timestamp', '2001-13-14', 'cannot decode !!str `2001-13-14` as a !!timestamp'],
    ['!!binary', '@@', '!!binary value contains invalid base64 data'],
    ['!!binary', 'aGVsbG8', '!!binary value contains invalid base64 data'],
  ])('%s %j is refused by go-yaml', (tag, text, error) => {
    expect(resolveGoScalar(text, 'plain', tag).error).toBe(error);
  });

  it('normalizes tags', () => {
    expect(normalizeTag(undefined)).toBe('');
    expect(normalizeTag('!!int')).toBe('tag:yaml.org,2002:int');
    expect(normalizeTag('!<tag:yaml.org,2002:int>')).toBe('tag:yaml.org,2002:int');
    expect(normalizeTag('!')).toBe('!');
    expect(normalizeTag('!foo')).toBe('!foo');
  });
});

describe('formatFloat32 = strconv.FormatFloat(f, \'g\', -1, 32)', () => {
  // Expectations from Go's strconv.FormatFloat.
  it.each([
    [3.1, '3.1'],
    [1.2, '1.2'],
    [1, '1'],
    [0.1, '0.1'],
    [16777217, '1.6777216e+07'],
    [1000, '1000'],
    [1e21, '1e+21'],
    [1234567, '1.234567e+06'],
    [123456, '123456'],
    [1e6, '1e+06'],
    [999999, '999999'],
    [999999.9, '999999.9'],
    [9999999, '9.999999e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1e-7, '1e-07'],
    [7e-10, '7e-10'],
    [1.5, '1.5'],
    [-2.5, '-2.5'],
    [100, '100'],
    [0.3, '0.3'],
    [2.675, '2.675'],
    [65504, '65504'],
    [1e10, '1e+10'],
    [123456789, '1.2345679e+08'],
    [33554435, '3.3554436e+07'],
    [3.4028235e38, '3.4028235e+38'],
    [1.17549435e-38, '1.1754944e-38'],
    [1.4e-45, '1e-45'],
    [5e-324, '0'],
    [-0, '-0'],
    [0, '0'],
    [1e39, '+Inf'],
    [Infinity, '+Inf'],
    [-Infinity, '-Inf'],
    [NaN, 'NaN'],
  ])('%d → %s', (value, expected) => {
    expect(formatFloat32(value)).toBe(expected);
  });

  it('renders the YAML floats of the brief', () => {
    const go = (text: string) => resolveGoScalar(text, 'plain').goString;
    expect([go('3.10'), go('1.20'), go('1.0'), go('0.1'), go('16777217.0'), go('1e3')]).toEqual([
      '3.1',
      '1.2',
      '1',
      '0.1',
      '1.6777216e+07',
      '1000',
    ]);
    expect([go('.inf'), go('-.inf'), go('.nan')]).toEqual(['+Inf', '-Inf', 'NaN']);
  });

  it('agrees with float32 round-tripping for random values', () => {
    // Every result must read back as the same float32, and be no longer than
    // the 9 significant digits a float32 ever needs.
    let seed = 42;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const view = new DataView(new ArrayBuffer(4));
    for (let i = 0; i < 2000; i++) {
      view.setUint32(0, Math.floor(next() * 0x7f800000));
      const f = view.getFloat32(0);
      const s = formatFloat32(f);
      expect(Math.fround(Number(s))).toBe(f);
      expect(s.replace(/e.*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').length).toBeLessThanOrEqual(9);
    }
  });
});

describe('goMapKey: the JSON key sigs.k8s.io/yaml makes of a scalar key', () => {
  it.each([
    ['name', 'name'],
    ['1.10', '1.1'],
    ['010', '8'],
    ['yes', 'true'],
    ['off', 'false'],
    ['.inf', '.inf'],
    ['-.Inf', '-.inf'],
    ['.NaN', '.nan'],
    ['2001-12-14', '2001-12-14'],
  ])('%j → %j', (text, key) => {
    expect(goMapKey(resolveGoScalar(text, 'plain'))).toBe(key);
  });

  it('has no key for null and for integers beyond int64', () => {
    expect(goMapKey(resolveGoScalar('~', 'plain'))).toBeUndefined();
    expect(goMapKey(resolveGoScalar('', 'plain'))).toBeUndefined();
    expect(goMapKey(resolveGoScalar('18446744073709551615', 'plain'))).toBeUndefined();
  });
});
