/**
 * Expected outputs produced by Apache Kafka Connect 4.1.1 (connect-json / connect-runtime jars, Jackson 2.19,
 * JDK 25) for the inputs named by each key. Generated data: do not edit by hand.
 */
import type { Vector } from '../json/vector-support.ts';

export const JACKSON_VECTORS: Readonly<Record<string, Vector>> = {
  'double 4607182418800017408': { text: '1.0' },
  'double 4591870180066957722': { text: '0.1' },
  'double 4756540486875873280': { text: '1.0E10' },
  'double 4502148214488346440': { text: '1.0E-7' },
  'double 4711630319722168320': { text: '1.0E7' },
  'double 4711630319185297408': { text: '9999999.0' },
  'double 4562254508917369340': { text: '0.001' },
  'double 4563333643445681349': { text: '0.001234' },
  'double 4547007122018943789': { text: '1.0E-4' },
  'double -9223372036854775808': { text: '-0.0' },
  'double 0': { text: '0.0' },
  'double 4921056587992461136': { text: '1.0E21' },
  'double 4936209963552724370': { text: '1.0E22' },
  'double 4950912855330343670': { text: '1.0E23' },
  'double 4772899269882675200': { text: '1.23456789012E11' },
  'double 4533201175231652948': { text: '1.2E-5' },
  'double 4636737291354636288': { text: '100.0' },
  'double 9218868437227405311': { text: '1.7976931348623157E308' },
  'double 1': { text: '4.9E-324' },
  'double 4503599627370496': { text: '2.2250738585072014E-308' },
  'double 4845873199050653696': { text: '9.007199254740992E15' },
  'double 4599676419421066581': { text: '0.3333333333333333' },
  'double 4604180019048437077': { text: '0.6666666666666666' },
  'double -4613937818241073152': { text: '-1.5' },
  'double 4668012722585352536': { text: '12345.678' },
  'double 4616583683022153318': { text: '4.35' },
  'double 4599075939470750515': { text: '0.3' },
  'double 4': { text: '2.0E-323' },
  'double 9221120237041090560': { text: '"NaN"' },
  'double 9218868437227405312': { text: '"Infinity"' },
  'double -4503599627370496': { text: '"-Infinity"' },
  'double 2': { text: '9.9E-324' },
  'double 9126251428165218564': { text: '1.23E302' },
  'double 4602678819172646912': { text: '0.5' },
  'double 4698053236609777664': { text: '1234567.0' },
  'double 4712889646009286656': { text: '1.2345678E7' },
  'double 4548686525128629352': { text: '1.2345E-4' },
  'float 1036831949': { text: '0.1' },
  'float 1065353216': { text: '1.0' },
  'float 1343554297': { text: '1.0E10' },
  'float 869711765': { text: '1.0E-7' },
  'float 2139095039': { text: '3.4028235E38' },
  'float 1': { text: '1.4E-45' },
  'float 1266679808': { text: '1.6777216E7' },
  'float 1066192077': { text: '1.1' },
  'float 1050253722': { text: '0.3' },
  'float 1078530000': { text: '3.14159' },
  'float 1259902592': { text: '1.0E7' },
  'float 1259902591': { text: '9999999.0' },
  'float 8388608': { text: '1.1754944E-38' },
  'float -2147483648': { text: '-0.0' },
  'float 2143289344': { text: '"NaN"' },
  'float 2139095040': { text: '"Infinity"' },
  'float 1206984794': { text: '123456.7' },
  'float 981668463': { text: '0.001' },
  'float 992204554': { text: '0.0025' },
  'float 1342177318': { text: '8.589974E9' },
  'long 0': { text: '0' },
  'long 1': { text: '1' },
  'long -1': { text: '-1' },
  'long 9223372036854775807': { text: '9223372036854775807' },
  'long -9223372036854775808': { text: '-9223372036854775808' },
  'long 2147483647': { text: '2147483647' },
  'long -2147483648': { text: '-2147483648' },
  'long 9007199254740993': { text: '9007199254740993' },
  'int 5': { text: '5' },
  'short 5': { text: '5' },
  'byte -5': { text: '-5' },
  'string controls': {
    text: '"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000B\\f\\r\\u000E\\u000F\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001A\\u001B\\u001C\\u001D\\u001E\\u001F\u007f\\"\\\\/ \u00e9\u4e2d\u2028\u2029\\uD83D\\uDE00<>&\'"',
  },
  'string lone high': { text: '"a\\uD800b"' },
  'string lone low': { text: '"a\\uDC00"' },
  'string empty': { text: '""' },
  'map key escapes': { text: '{"k\\"\\n\\u0001\u00e9\\uD83D\\uDE00":"v","":1}' },
  bytes: { text: '"AAEC//v/"' },
  'bytes empty': { text: '""' },
  'bytes buffer': { text: '"AQID"' },
  bool: { text: 'true' },
  'list mixed': { text: '[1,2,1.5,1.5,"s",null,true,[],{}]' },
  'map string keys': { text: '{"b":1,"a":["x"],"c":null}' },
  'map int keys': { text: '[[1,"a"],[2,null]]' },
  'map mixed keys': { text: '[["a",1],[2,3]]' },
  'map empty': { text: '{}' },
  'nested map in list': { text: '[{"a":{"b":1.0}}]' },
  null: { null: true },
  'date schemaless': {
    error: 'DataException',
    message: 'Java class class java.util.Date does not have corresponding schema type.',
  },
  'bigdecimal schemaless': {
    error: 'DataException',
    message: 'Java class class java.math.BigDecimal does not have corresponding schema type.',
  },
  'char schemaless': {
    error: 'DataException',
    message: 'Java class class java.lang.Character does not have corresponding schema type.',
  },
  'hashmap order': {
    text: '{"zz":1,"key1":1,"Aa":1,"BB":1,"a":1,"b":1,"partition":1,"filename":1,"offset":1,"topic":1,"position":1}',
  },
  'hashmap order big': {
    text: '{"k31":31,"k30":30,"k11":11,"k33":33,"k10":10,"k32":32,"k13":13,"k35":35,"k12":12,"k34":34,"k15":15,"k37":37,"k14":14,"k36":36,"k17":17,"k39":39,"k16":16,"k38":38,"k19":19,"k18":18,"k0":0,"k1":1,"k2":2,"k3":3,"k20":20,"k4":4,"k5":5,"k22":22,"k6":6,"k21":21,"k7":7,"k24":24,"k8":8,"k23":23,"k9":9,"k26":26,"k25":25,"k28":28,"k27":27,"k29":29}',
  },
  'read "1"': { read: 'null = i64:1' },
  'read "-1"': { read: 'null = i64:-1' },
  'read "0"': { read: 'null = i64:0' },
  'read "-0"': { read: 'null = i64:0' },
  'read "1.0"': { read: 'null = f64:1.0' },
  'read "-0.0"': { read: 'null = f64:0.0' },
  'read "1e2"': { read: 'null = f64:100.0' },
  'read "1E+2"': { read: 'null = f64:100.0' },
  'read "1.5e-3"': { read: 'null = f64:0.0015' },
  'read "12345678901234567890"': { read: 'null = i64:-6101065172474983726' },
  'read "-9223372036854775808"': { read: 'null = i64:-9223372036854775808' },
  'read "9223372036854775807"': { read: 'null = i64:9223372036854775807' },
  'read "9223372036854775808"': { read: 'null = i64:-9223372036854775808' },
  'read "1.5e400"': { read: 'null = f64:Infinity' },
  'read "-1e400"': { read: 'null = f64:-Infinity' },
  'read "1e-400"': { read: 'null = f64:0.0' },
  'read "0.1"': { read: 'null = f64:0.1' },
  'read "3.141592653589793238462643383279"': { read: 'null = f64:3.141592653589793' },
  'read "007"': { read: 'null = i64:7' },
  'read "-007"': { read: 'null = i64:-7' },
  'read "00.5"': { read: 'null = f64:0.5' },
  'read "01e2"': { read: 'null = f64:100.0' },
  'read "\\"s\\""': { read: 'null = s:"s"' },
  'read "true"': { read: 'null = b:true' },
  'read "false"': { read: 'null = b:false' },
  'read "null"': { read: 'null = null' },
  'read "[1,\\"a\\",null,[],{}]"': { read: 'null = [i64:1,s:"a",null,[],{}]' },
  'read "{\\"a\\":1,\\"b\\":[true,2.5]}"': { read: 'null = {s:"a"=>i64:1,s:"b"=>[b:true,f64:2.5]}' },
  'read ""': { read: 'null = null' },
  'read "   "': { read: 'null = null' },
  'read " \\u000a\\u0009\\u000d 5 "': { read: 'null = i64:5' },
  'read "{\\"a\\":1,\\"a\\":2,\\"b\\":3}"': { read: 'null = {s:"a"=>i64:2,s:"b"=>i64:3}' },
  'read "{\\"a\\":1} trailing"': { read: 'null = {s:"a"=>i64:1}' },
  'read "{}x"': { read: 'null = {}' },
  'read "[1]]"': { read: 'null = [i64:1]' },
  'read "\\"a\\"b"': { read: 'null = s:"a"' },
  'read "123abc"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('a' (code 97)): Expected space separating root-level values",
  },
  'read "123 abc"': { read: 'null = i64:123' },
  'read "truex"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unrecognized token 'truex': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
  },
  'read "true x"': { read: 'null = b:true' },
  'read "1.5x"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('x' (code 120)): Expected space separating root-level values",
  },
  'read "nul"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unrecognized token 'nul': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
  },
  'read "[1,]"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character (']' (code 93)): expected a value",
  },
  'read "{\\"a\\":1,}"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting double-quote to start field name",
  },
  'read "{\'a\':1}"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character (''' (code 39)): was expecting double-quote to start field name",
  },
  'read "NaN"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
  },
  'read "Infinity"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
  },
  'read "-Infinity"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Non-standard token '-Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
  },
  'read "+1"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow",
  },
  'read ".5"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('.' (code 46)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
  },
  'read "1."': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('.' (code 46)) in numeric value: Decimal point not followed by a digit",
  },
  'read "1.e5"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('e' (code 101)) in numeric value: Decimal point not followed by a digit",
  },
  'read "1e"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input in null',
  },
  'read "-"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input in null',
  },
  'read "["': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input: expected close marker for Array (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])',
  },
  'read "{"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.io.JsonEOFException: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])',
  },
  'read "{\\"a\\"}"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): was expecting a colon to separate field name and value",
  },
  'read "{\\"a\\":}"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('}' (code 125)): expected a value",
  },
  'read "[1 2]"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('2' (code 50)): was expecting comma to separate Array entries",
  },
  'read "\\"\\\\u00e9\\\\ud83d\\\\ude00\\\\n\\\\/\\""': { read: 'null = s:"\\u00e9\\ud83d\\ude00\\u000a/"' },
  'read "\\"\\\\ud800\\""': { read: 'null = s:"\\ud800"' },
  'read "\\"\\\\x\\""': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unrecognized character escape 'x' (code 120)",
  },
  'read "\\"\\\\\'\\""': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unrecognized character escape ''' (code 39)",
  },
  'read "\\"a\\u0009b\\""': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Illegal unquoted character ((CTRL-CHAR, code 9)): has to be escaped using backslash to be included in string value',
  },
  'read "\\"\\\\u12\\""': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('\"' (code 34)): expected a hex-digit for character escape sequence",
  },
  'read "/* c */ 1"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
  },
  'read "// c\\u000a1"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser)",
  },
  'read "[1,2]//x"': { read: 'null = [i64:1,i64:2]' },
  'read "\\"\\u00e9\\u4e2d\\""': { read: 'null = s:"\\u00e9\\u4e2d"' },
  'read "{\\"a\\" : 1 , \\"b\\" :[ 1 , 2 ] }"': { read: 'null = {s:"a"=>i64:1,s:"b"=>[i64:1,i64:2]}' },
  'read "1\\u00a0"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('Â' (code 194)): Expected space separating root-level values",
  },
  'read "\\u00a01"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Invalid UTF-8 start byte 0xa0',
  },
  'read "\\u000b1"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Illegal character ((CTRL-CHAR, code 11)): only regular white space (\\r, \\n, \\t) is allowed between tokens',
  },
  'read "\\u000c1"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Illegal character ((CTRL-CHAR, code 12)): only regular white space (\\r, \\n, \\t) is allowed between tokens',
  },
  'read "1\\u000c"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ((CTRL-CHAR, code 12)): Expected space separating root-level values',
  },
  'read "0x10"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('x' (code 120)): Expected space separating root-level values",
  },
  'read "1_000"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('_' (code 95)): Expected space separating root-level values",
  },
  'read "[-]"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character (']' (code 93)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
  },
  'read "[--1]"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('-' (code 45)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
  },
  'read "[-a]"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unexpected character ('a' (code 97)) in numeric value: expected digit (0-9) to follow minus sign, for valid numeric value",
  },
  'read "-01"': { read: 'null = i64:-1' },
  'read "1e05"': { read: 'null = f64:100000.0' },
  'read "1E-0"': { read: 'null = f64:1.0' },
  'read "0e0"': { read: 'null = f64:0.0' },
  'read "2.50"': { read: 'null = f64:2.5' },
  'read bom': { read: 'null = {s:"a"=>i64:1}' },
  'read utf16le': { read: 'null = {s:"a"=>s:"\\u00e9"}' },
  'read utf16be': { read: 'null = {s:"a"=>s:"\\u00e9"}' },
  'read utf16 bom': { read: 'null = [i64:1]' },
  'read utf32be': { read: 'null = [i64:1]' },
  'read utf16le short': { read: 'null = i64:1' },
  'read invalid utf8': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Invalid UTF-8 start byte 0xff',
  },
  'read invalid utf8 cont': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      'SerializationException:com.fasterxml.jackson.core.JsonParseException: Invalid UTF-8 middle byte 0x22',
  },
  'read cesu surrogate': { read: 'null = s:"\\ud800"' },
  'read overlong': { read: 'null = s:"/"' },
  'read nul byte': { read: 'null = i64:1' },
  'read null bytes': { read: 'null = null' },
};
