/**
 * Outcomes recorded from Apache Kafka Connect 4.1.1 (connect-transforms, connect-api and connect-json jars; Temurin
 * JDK 25, user.timezone=UTC, en_US) for the cases in ./cases, keyed by case name. Generated data: do not edit by hand.
 */
import type { SmtOutcome } from './cases/types.ts';

export const SMT_VECTORS: Readonly<Record<string, SmtOutcome>> = {
  'insert value all fields struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"topic"},{"type":"int32","optional":false,"field":"partition"},{"type":"int64","optional":true,"field":"offset"},{"type":"int64","optional":true,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"string","optional":false,"field":"origin"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":18,"topic":"test-topic","partition":0,"offset":42,"ts":1700000000000,"origin":"ünïcødé ✓"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"topic"},{"type":"int32","optional":false,"field":"partition"},{"type":"int64","optional":true,"field":"offset"},{"type":"int64","optional":true,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"string","optional":false,"field":"origin"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":18,"topic":"test-topic","partition":0,"offset":42,"ts":1700000000000,"origin":"ünïcødé ✓"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value all fields schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":null,"payload":{"zeta":[1,2],"partition":0,"offset":42,"origin":"ünïcødé ✓","name":"Ann","topic":"test-topic","id":1,"nested":{"a":2,"b":1},"ts":1700000000000}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value tombstone': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'insert value offset on source record': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          'Only SinkRecord supported for [field insertion], found: org.apache.kafka.connect.source.SourceRecord',
      },
      {
        error: 'DataException',
        message:
          'Only SinkRecord supported for [field insertion], found: org.apache.kafka.connect.source.SourceRecord',
      },
    ],
  },
  'insert value source without offset': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: null,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"topic"},{"type":"int32","optional":true,"field":"p"},{"type":"int64","optional":true,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":18,"topic":"test-topic","p":null,"ts":null}}',
          timestamp: null,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: null,
          key: null,
          value: '{"schema":null,"payload":{"a":1,"topic":"test-topic"}}',
          timestamp: null,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 3,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"topic"},{"type":"int32","optional":true,"field":"p"},{"type":"int64","optional":true,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":18,"topic":"test-topic","p":3,"ts":-1}}',
          timestamp: -1,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value nothing configured': { error: 'ConfigException', message: 'No field insertion configured' },
  'insert value static field without value': {
    error: 'ConfigException',
    message:
      'Invalid value null for configuration static.value: No value specified for static field: org.apache.kafka.connect.transforms.InsertField$InsertionSpec@2a40cd94',
  },
  'insert value keeps nulls without default replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"t"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":null,"t":"test-topic"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value replaces nulls with defaults': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"int32","optional":true,"default":18,"field":"age"},{"type":"string","optional":true,"field":"t"}],"optional":false,"name":"com.example.Person","version":2,"doc":"a person"},"payload":{"id":1,"name":"Ann","age":18,"t":"test-topic"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value bad boolean': {
    error: 'ConfigException',
    message:
      'Invalid value maybe for configuration replace.null.with.default: Expected value to be either true or false',
  },
  'insert value not a struct': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Only Struct objects supported for [field insertion], found: java.lang.Integer',
      },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [field insertion], found: java.lang.String',
      },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [field insertion], found: java.util.ArrayList',
      },
    ],
  },
  'insert value duplicate field': {
    configured: true,
    results: [
      {
        error: 'SchemaBuilderException',
        message: 'Cannot create field because of field name duplication id',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"id":"test-topic"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value required timestamp missing': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message: 'Conversion error: null value for field that is required and has no default value',
          },
          timestamp: null,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value optional struct schema': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"field":"s"}],"optional":false},"payload":{"a":1,"s":"v"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'insert value suffix only names': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"":0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'SchemaBuilderException', message: 'fieldName cannot be null.' },
    ],
  },
  'insert key struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"k"},{"type":"string","optional":true,"field":"tópico"},{"type":"int64","optional":false,"field":"off"}],"optional":false},"payload":{"k":"κλειδί","tópico":"test-topic","off":42}}',
          value: '{"schema":{"type":"string","optional":false},"payload":"v"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":null,"payload":{"tópico":"test-topic","off":42,"k":"x"}}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'insert value many keys schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":null,"payload":{"zeta":6,"iota":9,"static":"S","nu":13,"delta":4,"mu":12,"theta":8,"epsilon":5,"lambda":11,"eta":7,"alpha":1,"kappa":10,"beta":2,"gamma":3}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace include': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"default":"Oslo","field":"city"}],"optional":false,"name":"row","version":3},"payload":{"id":7,"city":"Oslo"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"id":7,"city":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace exclude wins over include': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"}],"optional":false,"name":"row","version":3},"payload":{"id":7}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"id":7}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace renames': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"identifier"},{"type":"string","optional":true,"field":"city"},{"type":"string","optional":true,"default":"Oslo","field":"town"},{"type":"int32","optional":true,"field":"dotted.name"}],"optional":false,"name":"row","version":3},"payload":{"identifier":7,"city":"Ada","town":"Oslo","dotted.name":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":null,"payload":{"dotted.name":1,"identifier":7,"unicode":"x","town":null,"city":"Ada"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace renames to same target': {
    configured: true,
    results: [
      { error: 'SchemaBuilderException', message: 'Cannot create field because of field name duplication x' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"x":7,"dotted.name":1,"üñí":"x","city":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace null default kept': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"default":"Oslo","field":"city"},{"type":"int32","optional":true,"field":"dotted.name"}],"optional":false,"name":"row","version":3},"payload":{"id":7,"city":null,"dotted.name":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace tombstone': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'replace not a map': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [field replacement], found: java.lang.Long',
      },
      {
        error: 'DataException',
        message: 'Only Struct objects supported for [field replacement], found: java.lang.String',
      },
    ],
  },
  'replace bad rename': {
    error: 'ConfigException',
    message: 'Invalid value [a:b, c] for configuration renames: Invalid rename mapping: c',
  },
  'replace bad rename three parts': {
    error: 'ConfigException',
    message: 'Invalid value [a:b:c] for configuration renames: Invalid rename mapping: a:b:c',
  },
  'replace bad rename colon only': {
    error: 'ConfigException',
    message: 'Invalid value [:] for configuration renames: Invalid rename mapping: :',
  },
  'replace rename trailing colon': {
    error: 'ConfigException',
    message: 'Invalid value [a:] for configuration renames: Invalid rename mapping: a:',
  },
  'replace rename leading colon': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a":2,"b":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace deprecated whitelist ignored': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"string","optional":true,"default":"Oslo","field":"city"},{"type":"int32","optional":true,"field":"dotted.name"}],"optional":false,"name":"row","version":3},"payload":{"id":7,"name":"Ada","city":"Oslo","dotted.name":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'replace key struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"alpha"}],"optional":false},"payload":{"alpha":1}}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":false,"field":"b"}],"optional":true},"payload":null}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'replace everything excluded': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[],"optional":false,"name":"row","version":3},"payload":{}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask every type': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message:
              'Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 0.',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask every type no default replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message:
              'Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 0.',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask numbers with replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"dec"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"date"},{"type":"array","items":{"type":"int32","optional":false},"optional":false,"field":"list"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false,"field":"map"},{"type":"int32","optional":true,"default":9,"field":"def"},{"type":"string","optional":false,"field":"untouched"}],"optional":false},"payload":{"i8":44,"i16":300,"i32":300,"i64":300,"f32":300.75,"f64":300.75,"bool":true,"str":"300.75","dec":"dXs=","ts":1700000000000,"date":19675,"list":[1,2],"map":{"a":1},"def":9,"untouched":"keep"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask boolean with replacement': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Cannot mask value of type class java.lang.Boolean with custom replacement.',
      },
    ],
  },
  'mask date with replacement': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Cannot mask value of type class java.util.Date with custom replacement.',
      },
    ],
  },
  'mask int with text replacement': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Unable to convert abc (class java.lang.String) to a number' },
    ],
  },
  'mask decimal with text replacement': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Unable to convert abc (class java.lang.String) to number' },
    ],
  },
  'mask big replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"dec"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"date"},{"type":"array","items":{"type":"int32","optional":false},"optional":false,"field":"list"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false,"field":"map"},{"type":"int32","optional":true,"default":9,"field":"def"},{"type":"string","optional":false,"field":"untouched"}],"optional":false},"payload":{"i8":0,"i16":2,"i32":3,"i64":5076944270305263616,"f32":1.0E30,"f64":2.5,"bool":true,"str":"secret","dec":"AQI=","ts":1700000000000,"date":19675,"list":[1,2],"map":{"a":1},"def":9,"untouched":"keep"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":null,"payload":{"bool":false,"nul":null,"double":0.0,"keep":"k","missing":null,"text":"","list":[],"map":{},"long":0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask schemaless replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"double":-7.0,"long":-7,"text":"-7"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask schemaless replacement list': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Cannot mask value of type class java.util.ArrayList with custom replacement.',
      },
    ],
  },
  'mask nested struct fails': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Cannot mask value of type: class org.apache.kafka.connect.data.Struct',
      },
    ],
  },
  'mask bytes fails': {
    configured: true,
    results: [{ error: 'DataException', message: 'Cannot mask value of type: class [B' }],
  },
  'mask tombstone fails': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Only Map objects supported in absence of schema for [mask fields], found: null',
      },
      { error: 'DataException', message: 'Only Struct objects supported for [mask fields], found: null' },
    ],
  },
  'mask empty fields': {
    error: 'ConfigException',
    message: 'Invalid value [] for configuration fields: Empty list',
  },
  'mask missing fields': {
    error: 'ConfigException',
    message: 'Missing required configuration "fields" which has no default value.',
  },
  'mask empty replacement': {
    error: 'ConfigException',
    message: 'Invalid value  for configuration replacement: String must be non-empty',
  },
  'mask float replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"dec"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"date"},{"type":"array","items":{"type":"int32","optional":false},"optional":false,"field":"list"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false,"field":"map"},{"type":"int32","optional":true,"default":9,"field":"def"},{"type":"string","optional":false,"field":"untouched"}],"optional":false},"payload":{"i8":1,"i16":0,"i32":3,"i64":4,"f32":0.1,"f64":0.1,"bool":true,"str":"secret","dec":"AQI=","ts":1700000000000,"date":19675,"list":[1,2],"map":{"a":1},"def":9,"untouched":"keep"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask negative and exponent replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message:
              'Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale -1.',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"k"},{"type":"int32","optional":false,"field":"o"}],"optional":false},"payload":{"k":"","o":1}}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'mask many fields schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":null,"payload":{"a":"1","j":null,"k":null,"l":null,"m":"","n":null,"o":null,"p":null,"q":null,"r":null,"s":null,"t":null,"u":null,"v":null,"w":null,"x":null,"y":null,"z":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'value to key struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"eu","field":"region"},{"type":"int32","optional":false,"field":"id"}],"optional":false},"payload":{"region":"eu","id":1}}',
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"default":"eu","field":"region"},{"type":"string","optional":false,"field":"name"}],"optional":false,"name":"row"},"payload":{"id":1,"region":null,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"eu","field":"region"},{"type":"int32","optional":false,"field":"id"}],"optional":false},"payload":{"region":"eu","id":1}}',
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"default":"eu","field":"region"},{"type":"string","optional":false,"field":"name"}],"optional":false,"name":"row"},"payload":{"id":1,"region":null,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'value to key keeps nulls': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"eu","field":"region"}],"optional":false},"payload":{"region":null}}',
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"default":"eu","field":"region"},{"type":"string","optional":false,"field":"name"}],"optional":false,"name":"row"},"payload":{"id":1,"region":null,"name":"n"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'value to key missing field': {
    configured: true,
    results: [{ error: 'DataException', message: 'Field does not exist: nope' }],
  },
  'value to key schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":null,"payload":{"missing":null,"a":1,"b":{"c":true}}}',
          value: '{"schema":null,"payload":{"a":1,"b":{"c":true},"d":3}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'value to key tombstone': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [copying fields from value to key], found: null',
      },
      {
        error: 'DataException',
        message: 'Only Struct objects supported for [copying fields from value to key], found: null',
      },
    ],
  },
  'value to key no fields': {
    error: 'ConfigException',
    message: 'Invalid value [] for configuration fields: Empty list',
  },
  'value to key repeated field': {
    configured: true,
    results: [
      {
        error: 'SchemaBuilderException',
        message: 'Cannot create field because of field name duplication id',
      },
    ],
  },
  'hoist value': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"wrapped"}],"optional":false},"payload":{"wrapped":42}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"field":"wrapped"}],"optional":false},"payload":{"wrapped":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"}],"optional":false,"field":"wrapped"}],"optional":false},"payload":{"wrapped":{"a":1}}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"wrapped"}],"optional":false},"payload":{"wrapped":["x"]}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"wrapped":{"a":1}}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"wrapped":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"wrapped"}],"optional":false},"payload":{"wrapped":43}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'hoist value required null': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"w"}],"optional":false},"payload":{"w":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"w"}],"optional":false},"payload":{"w":"x"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'hoist key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"ключ"}],"optional":false},"payload":{"ключ":"k"}}',
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":null,"payload":{"ключ":7}}',
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'hoist missing field': {
    error: 'ConfigException',
    message: 'Missing required configuration "field" which has no default value.',
  },
  'hoist empty field': {
    configured: true,
    results: [
      { error: 'SchemaBuilderException', message: 'fieldName cannot be null.' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v1 top level': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int32","optional":false},"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v1 dotted name': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"dflt","field":"leaf"},{"type":"int32","optional":false,"field":"a.b"},{"type":"int32","optional":false,"field":"tick`"}],"optional":false},"payload":{"leaf":"L","a.b":4,"tick`":5}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"leaf":"y"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v1 unknown field': {
    configured: true,
    results: [
      { error: 'IllegalArgumentException', message: 'Unknown field: nope' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 nested': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":true,"default":"dflt"},"payload":"dflt"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":true,"default":"dflt"},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":"x"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 nested without default': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":true,"default":"dflt"},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 backticks': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int32","optional":false},"payload":4}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 escaped backtick': {
    configured: true,
    results: [{ error: 'IllegalArgumentException', message: 'Unknown field: inner.`tick\\``' }],
  },
  'extract v2 backtick inside name': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int32","optional":false},"payload":3}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 incomplete backtick': {
    error: 'ConfigException',
    message:
      'Incomplete backtick pair in path: [`inner.leaf], consider adding a backslash before backtick at position 0 to escape it',
  },
  'extract v2 escaped final backtick': {
    error: 'ConfigException',
    message:
      'Incomplete backtick pair in path: [`inner\\`], consider adding a backslash before backtick at position 0 to escape it',
  },
  'extract v2 trailing dot': {
    configured: true,
    results: [
      { error: 'IllegalArgumentException', message: 'Unknown field: inner.' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 missing nested': {
    configured: true,
    results: [
      { error: 'IllegalArgumentException', message: 'Unknown field: inner.nope' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'extract v2 through primitive': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Cannot look up fields on non-struct type' },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [nested field access], found: java.lang.Long',
      },
    ],
  },
  'extract v2 schemaless through string': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [nested field access], found: java.lang.String',
      },
    ],
  },
  'extract v2 empty path': {
    configured: true,
    results: [{ error: 'IllegalArgumentException', message: 'fromIndex(0) > toIndex(-1)' }],
  },
  'extract bad syntax version': {
    error: 'ConfigException',
    message:
      'Invalid value V3 for configuration field.syntax.version: String must be one of (case insensitive): V1, V2',
  },
  'extract missing field config': {
    error: 'ConfigException',
    message: 'Missing required configuration "field" which has no default value.',
  },
  'extract from primitive schema': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Only Struct objects supported for [field extraction], found: java.lang.Integer',
      },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [field extraction], found: java.lang.String',
      },
    ],
  },
  'extract null struct with schema': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message: 'Conversion error: null value for field that is required and has no default value',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'IllegalArgumentException', message: 'Unknown field: a' },
    ],
  },
  'extract key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"string","optional":false},"payload":"v"}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":null,"payload":[1]}',
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'schema metadata name and version': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"default":"B","field":"b"}],"optional":false,"name":"new.Näme","version":7,"doc":"docs","parameters":{"p":"q"}},"payload":{"a":1,"b":"B"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'schema metadata name only': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"default":"B","field":"b"}],"optional":false,"name":"n","version":1,"doc":"docs","parameters":{"p":"q"}},"payload":{"a":1,"b":"B"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'schema metadata version only keeps nulls': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"default":"B","field":"b"}],"optional":false,"name":"old.Name","version":3,"doc":"docs","parameters":{"p":"q"}},"payload":{"a":1,"b":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'schema metadata nothing': {
    error: 'ConfigException',
    message: 'Neither schema name nor version configured',
  },
  'schema metadata bad version': {
    error: 'ConfigException',
    message: 'Invalid value x for configuration schema.version: Not a number of type INT',
  },
  'schema metadata primitive schema': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Cannot list fields on non-struct type' },
      { error: 'DataException', message: 'Cannot list fields on non-struct type' },
      { error: 'DataException', message: 'Cannot list fields on non-struct type' },
    ],
  },
  'schema metadata schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
      { error: 'DataException', message: 'Schema required for [updating schema metadata]' },
    ],
  },
  'schema metadata null struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"}],"optional":true,"name":"n"},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'schema metadata key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"k"}],"optional":false,"name":"key.Name"},"payload":{"k":"x"}}',
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"default":"B","field":"b"}],"optional":false,"name":"old.Name","version":1,"doc":"docs","parameters":{"p":"q"}},"payload":{"a":1,"b":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp router default': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic-20231114',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: { topic: 'other-19700101', partition: 0, key: null, value: null, timestamp: 0, headers: [] },
        same: false,
      },
      {
        record: { topic: 'a$b\\c-19700101', partition: 0, key: null, value: null, timestamp: 1, headers: [] },
        same: false,
      },
    ],
  },
  'timestamp router missing timestamp': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          "Timestamp missing on record: SinkRecord{kafkaOffset=42, timestampType=NoTimestampType, originalTopic=test-topic, originalKafkaPartition=0, originalKafkaOffset=42} ConnectRecord{topic='test-topic', kafkaPartition=0, key=k, keySchema=Schema{STRING}, value=Struct{a=1}, valueSchema=Schema{STRUCT}, timestamp=null, headers=ConnectHeaders(headers=[ConnectHeader(key=h, value=1, schema=Schema{INT32})])}",
      },
    ],
  },
  'timestamp router missing timestamp source': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          "Timestamp missing on record: SourceRecord{sourcePartition={file=f}, sourceOffset={position=7}} ConnectRecord{topic='test-topic', kafkaPartition=0, key=null, keySchema=null, value={x=[1, 2]}, valueSchema=null, timestamp=null, headers=ConnectHeaders(headers=)}",
      },
    ],
  },
  'timestamp router full pattern': {
    configured: true,
    results: [
      {
        record: {
          topic:
            "AD 1970 70 1970 1970 01 Jan January 1 1 01 1 1 Thu Thursday 4 1 1 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 0,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2023 23 2023 2023 11 Nov November 11 14 14 318 2 Tue Tuesday 2 46 3 PM 22 22 22 10 10 13 20 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 1969 69 1969 1970 12 Dec December 12 31 31 365 5 Wed Wednesday 3 1 5 PM 23 23 23 11 11 59 59 999 999 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: -1,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 1970 70 1970 1970 01 Jan January 1 1 01 1 1 Thu Thursday 4 1 1 PM 23 23 23 11 11 59 59 999 999 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 86399999,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2000 00 2000 2000 02 Feb February 2 29 29 60 5 Tue Tuesday 2 10 5 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 951782400000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2024 24 2024 2024 02 Feb February 2 29 29 60 5 Thu Thursday 4 9 5 AM 0 00 24 0 12 0 0 123 123 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 1709164800123,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 0001 01 1 0001 01 Jan January 1 3 03 3 1 Mon Monday 1 2 2 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: -62135596800000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 1582 82 1582 1582 10 Oct October 10 4 04 277 1 Thu Thursday 4 40 1 PM 23 23 23 11 11 59 59 999 999 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: -12219292800001,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 1582 82 1582 1582 10 Oct October 10 15 15 278 1 Fri Friday 5 40 1 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: -12219292800000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "BC 0002 02 2 -0001 01 Jan January 1 3 03 3 1 Fri Friday 5 1 1 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: -62198755200000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 9999 99 9999 10000 12 Dec December 12 31 31 365 5 Fri Friday 5 1 5 PM 23 23 23 11 11 59 59 999 999 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 253402300799999,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2020 20 2020 2020 01 Jan January 1 1 01 1 1 Wed Wednesday 3 1 1 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 1577836800000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2020 20 2020 2021 12 Dec December 12 31 31 366 5 Thu Thursday 4 1 5 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 1609372800000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic:
            "AD 2012 12 2012 2013 12 Dec December 12 31 31 366 5 Mon Monday 1 1 6 AM 0 00 24 0 12 0 0 0 000 UTC Coordinated Universal Time +0000 Z Z Z quoted'/test-topic/test-topic",
          partition: 0,
          key: null,
          value: null,
          timestamp: 1356912000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp router placeholder in topic': {
    configured: true,
    results: [
      {
        record: {
          topic: 'x-2023',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp router bad pattern': {
    configured: true,
    results: [
      { error: 'IllegalArgumentException', message: "Illegal pattern character 'q'" },
      { error: 'IllegalArgumentException', message: "Illegal pattern character 'q'" },
    ],
  },
  'timestamp router unterminated quote': {
    configured: true,
    results: [{ error: 'IllegalArgumentException', message: 'Unterminated quote' }],
  },
  'timestamp router iso length': {
    configured: true,
    results: [{ error: 'IllegalArgumentException', message: 'invalid ISO 8601 format: length=4' }],
  },
  'regex router rewrites': {
    configured: true,
    results: [
      {
        record: {
          topic: '42_orders',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'orders',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
      {
        record: {
          topic: '2_a-1',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'regex router first match only': {
    configured: true,
    results: [
      {
        record: { topic: 'Xb', partition: 0, key: null, value: null, timestamp: 1700000000000, headers: [] },
        same: false,
      },
      {
        record: { topic: 'X', partition: 0, key: null, value: null, timestamp: 1700000000000, headers: [] },
        same: false,
      },
    ],
  },
  'regex router named groups and escapes': {
    configured: true,
    results: [
      {
        record: {
          topic: 'users.$dev\\',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test.users',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'regex router group ten': {
    configured: true,
    results: [
      {
        record: {
          topic: 'j-k-a2',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'regex router missing group': {
    configured: true,
    results: [{ error: 'IndexOutOfBoundsException', message: 'No group 2' }],
  },
  'regex router dangling dollar': {
    configured: true,
    results: [
      { error: 'IllegalArgumentException', message: 'Illegal group reference: group index is missing' },
    ],
  },
  'regex router bad regex': {
    error: 'ConfigException',
    message:
      'Invalid value (unclosed for configuration regex: Invalid regex: Unclosed group near index 9\n(unclosed',
  },
  'regex router missing replacement': {
    error: 'ConfigException',
    message: 'Missing required configuration "replacement" which has no default value.',
  },
  'regex router java anchors and posix classes': {
    configured: true,
    results: [
      {
        record: {
          topic: 'orders',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'orders',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'Ωmega',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'topic name matches posix': { configured: true, results: [{ test: true }, { test: false }] },
  'regex router unicode': {
    configured: true,
    results: [
      {
        record: { topic: 'τ-ü', partition: 0, key: null, value: null, timestamp: 1700000000000, headers: [] },
        same: false,
      },
    ],
  },
  'flatten struct': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"address.street"},{"type":"int32","optional":true,"default":1000,"field":"address.zip"},{"type":"double","optional":false,"field":"address.geo.lat"},{"type":"double","optional":false,"field":"address.geo.lon"},{"type":"string","optional":true,"field":"backup.street"},{"type":"int32","optional":true,"default":1000,"field":"backup.zip"},{"type":"double","optional":true,"field":"backup.geo.lat"},{"type":"double","optional":true,"field":"backup.geo.lon"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"when"}],"optional":false,"name":"person","version":1,"doc":"d"},"payload":{"id":1,"address.street":"Main","address.zip":1000,"address.geo.lat":1.5,"address.geo.lon":-2.25,"backup.street":null,"backup.zip":null,"backup.geo.lat":null,"backup.geo.lon":null,"tags":["a"],"amount":"AQ==","when":1700000000000}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"address.street"},{"type":"int32","optional":true,"default":1000,"field":"address.zip"},{"type":"double","optional":false,"field":"address.geo.lat"},{"type":"double","optional":false,"field":"address.geo.lon"},{"type":"string","optional":true,"field":"backup.street"},{"type":"int32","optional":true,"default":1000,"field":"backup.zip"},{"type":"double","optional":true,"field":"backup.geo.lat"},{"type":"double","optional":true,"field":"backup.geo.lon"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"when"}],"optional":false,"name":"person","version":1,"doc":"d"},"payload":{"id":1,"address.street":"Main","address.zip":1000,"address.geo.lat":1.5,"address.geo.lon":-2.25,"backup.street":null,"backup.zip":null,"backup.geo.lat":null,"backup.geo.lon":null,"tags":["a"],"amount":"AQ==","when":1700000000000}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'flatten struct delimiter': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"address_street"},{"type":"int32","optional":true,"default":1000,"field":"address_zip"},{"type":"double","optional":false,"field":"address_geo_lat"},{"type":"double","optional":false,"field":"address_geo_lon"},{"type":"string","optional":true,"field":"backup_street"},{"type":"int32","optional":true,"default":1000,"field":"backup_zip"},{"type":"double","optional":true,"field":"backup_geo_lat"},{"type":"double","optional":true,"field":"backup_geo_lon"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"when"}],"optional":false,"name":"person","version":1,"doc":"d"},"payload":{"id":1,"address_street":"Main","address_zip":1000,"address_geo_lat":1.5,"address_geo_lon":-2.25,"backup_street":null,"backup_zip":null,"backup_geo_lat":null,"backup_geo_lon":null,"tags":["a"],"amount":"AQ==","when":1700000000000}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'flatten struct parent default': {
    configured: true,
    results: [
      { error: 'input SchemaBuilderException', message: 'Invalid default value' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":true,"default":5,"field":"s.a"},{"type":"string","optional":true,"default":"deep","field":"s.inner.b"},{"type":"string","optional":true,"field":"t"}],"optional":false},"payload":{"s.a":null,"s.inner.b":null,"t":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'flatten schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a→b→c":1,"a→b→d":[{"e":1}],"a→f":null,"g":"h","i":1.5}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
      {
        error: 'DataException',
        message: 'Only Map objects supported in absence of schema for [flattening], found: java.lang.String',
      },
    ],
  },
  'flatten schemaless collision': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a.b":1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'flatten struct collision': {
    configured: true,
    results: [
      {
        error: 'SchemaBuilderException',
        message: 'Cannot create field because of field name duplication a.b',
      },
    ],
  },
  'flatten map field with schema': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Flatten transformation does not support MAP for record with schemas (for field m).',
      },
    ],
  },
  'flatten schemaless date': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          "Flatten transformation was passed a value of type class java.util.Date which is not supported by Connect's data API",
      },
    ],
  },
  'flatten schemaless decimal': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          "Flatten transformation was passed a value of type class java.math.BigDecimal which is not supported by Connect's data API",
      },
    ],
  },
  'flatten primitive with schema': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Only Struct objects supported for [flattening], found: java.lang.Integer',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int32","optional":true},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'flatten arrays of structs and optional parents': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"array","items":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"x"}],"optional":false},"optional":false,"field":"list"},{"type":"bytes","optional":false,"field":"bin"},{"type":"int32","optional":true,"default":3,"field":"pqr"},{"type":"bytes","optional":true,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"},"field":"pqs"}],"optional":false},"payload":{"list":[{"x":1}],"bin":"AA==","pqr":4,"pqs":"Cg=="}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"array","items":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"x"}],"optional":false},"optional":false,"field":"list"},{"type":"bytes","optional":false,"field":"bin"},{"type":"int32","optional":true,"default":3,"field":"pqr"},{"type":"bytes","optional":true,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"},"field":"pqs"}],"optional":false},"payload":{"list":[],"bin":"","pqr":null,"pqs":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'flatten key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"a.b"}],"optional":false},"payload":{"a.b":"x"}}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to int8': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int8","optional":false,"field":"i16"},{"type":"int8","optional":false,"field":"i32"},{"type":"int8","optional":false,"field":"i64"},{"type":"int8","optional":false,"field":"f32"},{"type":"int8","optional":false,"field":"f64"},{"type":"int8","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128,"i16":-1,"i32":-1,"i64":0,"f32":-1,"f64":-1,"bool":1,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int8","optional":false,"field":"i16"},{"type":"int8","optional":false,"field":"i32"},{"type":"int8","optional":false,"field":"i64"},{"type":"int8","optional":false,"field":"f32"},{"type":"int8","optional":false,"field":"f64"},{"type":"int8","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7,"i16":-44,"i32":112,"i64":-5,"f32":-1,"f64":0,"bool":0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to int16': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int16","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int16","optional":false,"field":"i32"},{"type":"int16","optional":false,"field":"i64"},{"type":"int16","optional":false,"field":"f32"},{"type":"int16","optional":false,"field":"f64"},{"type":"int16","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128,"i16":32767,"i32":-1,"i64":0,"f32":-1,"f64":-1,"bool":1,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int16","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int16","optional":false,"field":"i32"},{"type":"int16","optional":false,"field":"i64"},{"type":"int16","optional":false,"field":"f32"},{"type":"int16","optional":false,"field":"f64"},{"type":"int16","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7,"i16":-300,"i32":4464,"i64":-5,"f32":-1,"f64":0,"bool":0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to int32': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"i8"},{"type":"int32","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int32","optional":false,"field":"i64"},{"type":"int32","optional":false,"field":"f32"},{"type":"int32","optional":false,"field":"f64"},{"type":"int32","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128,"i16":32767,"i32":2147483647,"i64":0,"f32":2147483647,"f64":2147483647,"bool":1,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"i8"},{"type":"int32","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int32","optional":false,"field":"i64"},{"type":"int32","optional":false,"field":"f32"},{"type":"int32","optional":false,"field":"f64"},{"type":"int32","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7,"i16":-300,"i32":70000,"i64":-5,"f32":-1,"f64":0,"bool":0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to int64': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"i8"},{"type":"int64","optional":false,"field":"i16"},{"type":"int64","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"int64","optional":false,"field":"f32"},{"type":"int64","optional":false,"field":"f64"},{"type":"int64","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128,"i16":32767,"i32":2147483647,"i64":9007199254740992,"f32":9223372036854775807,"f64":9223372036854775807,"bool":1,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"i8"},{"type":"int64","optional":false,"field":"i16"},{"type":"int64","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"int64","optional":false,"field":"f32"},{"type":"int64","optional":false,"field":"f64"},{"type":"int64","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7,"i16":-300,"i32":70000,"i64":-5,"f32":-1,"f64":0,"bool":0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to float32': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"float","optional":false,"field":"i8"},{"type":"float","optional":false,"field":"i16"},{"type":"float","optional":false,"field":"i32"},{"type":"float","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"float","optional":false,"field":"f64"},{"type":"float","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128.0,"i16":32767.0,"i32":2.1474836E9,"i64":9.007199E15,"f32":3.4E38,"f64":"Infinity","bool":1.0,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"float","optional":false,"field":"i8"},{"type":"float","optional":false,"field":"i16"},{"type":"float","optional":false,"field":"i32"},{"type":"float","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"float","optional":false,"field":"f64"},{"type":"float","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7.0,"i16":-300.0,"i32":70000.0,"i64":-5.0,"f32":-1.75,"f64":2.5E-7,"bool":0.0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to float64': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"double","optional":false,"field":"i8"},{"type":"double","optional":false,"field":"i16"},{"type":"double","optional":false,"field":"i32"},{"type":"double","optional":false,"field":"i64"},{"type":"double","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"double","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":-128.0,"i16":32767.0,"i32":2.147483647E9,"i64":9.007199254740992E15,"f32":3.3999999521443642E38,"f64":1.0E300,"bool":1.0,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"double","optional":false,"field":"i8"},{"type":"double","optional":false,"field":"i16"},{"type":"double","optional":false,"field":"i32"},{"type":"double","optional":false,"field":"i64"},{"type":"double","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"double","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":7.0,"i16":-300.0,"i32":70000.0,"i64":-5.0,"f32":-1.75,"f64":2.5E-7,"bool":0.0,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to boolean': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"boolean","optional":false,"field":"i8"},{"type":"boolean","optional":false,"field":"i16"},{"type":"boolean","optional":false,"field":"i32"},{"type":"boolean","optional":false,"field":"i64"},{"type":"boolean","optional":false,"field":"f32"},{"type":"boolean","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":true,"i16":true,"i32":true,"i64":true,"f32":true,"f64":true,"bool":true,"str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"boolean","optional":false,"field":"i8"},{"type":"boolean","optional":false,"field":"i16"},{"type":"boolean","optional":false,"field":"i32"},{"type":"boolean","optional":false,"field":"i64"},{"type":"boolean","optional":false,"field":"f32"},{"type":"boolean","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":true,"i16":true,"i32":true,"i64":true,"f32":true,"f64":false,"bool":false,"str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast numbers to string': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"i8"},{"type":"string","optional":false,"field":"i16"},{"type":"string","optional":false,"field":"i32"},{"type":"string","optional":false,"field":"i64"},{"type":"string","optional":false,"field":"f32"},{"type":"string","optional":false,"field":"f64"},{"type":"string","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":"-128","i16":"32767","i32":"2147483647","i64":"9007199254740992","f32":"3.4E38","f64":"1.0E300","bool":"true","str":"12"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"i8"},{"type":"string","optional":false,"field":"i16"},{"type":"string","optional":false,"field":"i32"},{"type":"string","optional":false,"field":"i64"},{"type":"string","optional":false,"field":"f32"},{"type":"string","optional":false,"field":"f64"},{"type":"string","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":"7","i16":"-300","i32":"70000","i64":"-5","f32":"-1.75","f64":"2.5E-7","bool":"false","str":"-3"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast strings to numbers': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"int32","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":12}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'DataException', message: 'Value ( 12) was out of range for requested data type' },
      { error: 'DataException', message: 'Value (1e3) was out of range for requested data type' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"int32","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"int32","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":5}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"int32","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":3}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'DataException', message: 'Value (99999999999) was out of range for requested data type' },
      { error: 'DataException', message: 'Value (x) was out of range for requested data type' },
    ],
  },
  'cast strings to floats': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":1.1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":2.5}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":"Infinity"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":"NaN"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":"-Infinity"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":8.0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":1.0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"float","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":1.6777216E7}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'DataException', message: 'Value (x) was out of range for requested data type' },
    ],
  },
  'cast strings to int8 and boolean': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"int8","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":127}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      { error: 'DataException', message: 'Value (128) was out of range for requested data type' },
      { error: 'DataException', message: 'Value (-129) was out of range for requested data type' },
    ],
  },
  'cast strings to boolean': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"boolean","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":true}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"boolean","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":true}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"boolean","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":false}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"float","optional":false,"field":"f32"},{"type":"double","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"boolean","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0.0,"f64":0.0,"bool":true,"str":false}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast float edge values': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"int64","optional":false,"field":"f32"},{"type":"int32","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":0,"f64":0,"bool":true,"str":""}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"int64","optional":false,"field":"i64"},{"type":"int64","optional":false,"field":"f32"},{"type":"int32","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"string","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0,"f32":-9223372036854775808,"f64":-3,"bool":true,"str":""}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast logical to string': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"ts"},{"type":"string","optional":false,"field":"date"},{"type":"string","optional":false,"field":"time"},{"type":"string","optional":false,"field":"dec"},{"type":"string","optional":false,"field":"bytes"}],"optional":false},"payload":{"ts":"2023-11-14T22:13:20.123Z","date":"2023-11-14","time":"01:02:03.004Z","dec":"123.45","bytes":"AQID"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast logical to numbers': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"ts"},{"type":"int32","optional":false,"field":"date"},{"type":"int32","optional":false,"field":"time"},{"type":"double","optional":false,"field":"dec"},{"type":"bytes","optional":false,"field":"bytes"}],"optional":false},"payload":{"ts":1700000000123,"date":19675,"time":3723004,"dec":123.45,"bytes":"AQID"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast logical timestamp to int8': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"ts"},{"type":"boolean","optional":false,"field":"date"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1,"field":"time"},{"type":"int8","optional":false,"field":"dec"},{"type":"bytes","optional":false,"field":"bytes"}],"optional":false},"payload":{"ts":123,"date":true,"time":3723004,"dec":123,"bytes":"AQID"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast bytes to int': {
    configured: true,
    results: [{ error: 'DataException', message: 'Unexpected type in Cast transformation: class [B' }],
  },
  'cast whole value': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int16","optional":false},"payload":-25536}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":true,"default":"77"},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int16","optional":false,"default":1},"payload":2}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":3}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":12}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
      {
        error: 'DataException',
        message:
          'Cast transformation does not support casting from MAP; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]',
      },
      {
        error: 'DataException',
        message:
          'Cast transformation does not support casting from STRUCT; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]',
      },
    ],
  },
  'cast whole value to string': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false,"name":"n","version":2,"doc":"d"},"payload":"5"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"AQID"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message: 'Invalid type for Timestamp, expected Date but was class java.lang.String',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":"true"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Cast transformation does not support casting from ARRAY; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]',
      },
    ],
  },
  'cast schemaless fields': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"missing":null,"a":"1.0","b":7,"c":3.0,"d":true,"e":"kept"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Cast transformation does not support casting from ARRAY; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]',
      },
    ],
  },
  'cast defaults and optional': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"9","field":"a"},{"type":"int8","optional":false,"default":44,"field":"b"},{"type":"string","optional":false,"field":"c"}],"optional":false},"payload":{"a":"9","b":5,"c":"c"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast keeps nulls without default replacement': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"string","optional":true,"default":"9","field":"a"}],"optional":false},"payload":{"a":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast field on primitive schema': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Cannot list fields on non-struct type' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int32","optional":true},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: true,
      },
    ],
  },
  'cast nested struct field': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message:
          'Cast transformation does not support casting from STRUCT; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING, BYTES]',
      },
    ],
  },
  'cast spec empty': { error: 'ConfigException', message: 'Must specify at least one field to cast.' },
  'cast spec missing': {
    error: 'ConfigException',
    message: 'Missing required configuration "spec" which has no default value.',
  },
  'cast spec bad type': {
    error: 'ConfigException',
    message:
      'Invalid value java.lang.IllegalArgumentException: No enum constant org.apache.kafka.connect.data.Schema.Type.FOO for configuration Invalid type found in casting spec: foo',
  },
  'cast spec unsupported output': {
    error: 'ConfigException',
    message:
      'Cast transformation does not support casting to BYTES; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING]',
  },
  'cast spec unsupported whole': {
    error: 'ConfigException',
    message:
      'Cast transformation does not support casting to STRUCT; supported types are [INT8, INT16, INT32, INT64, FLOAT32, FLOAT64, BOOLEAN, STRING]',
  },
  'cast spec three parts': {
    error: 'ConfigException',
    message: 'Invalid value [a:b:int8] for configuration renames: Invalid rename mapping: a:b:int8',
  },
  'cast spec whole plus field': {
    error: 'ConfigException',
    message:
      'Cast transformations that specify a type to cast the entire value to may only specify a single cast in their spec',
  },
  'cast spec colon only': {
    error: 'ArrayIndexOutOfBoundsException',
    message: 'Index 1 out of bounds for length 0',
  },
  'cast spec trailing colon': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int8","optional":false},"payload":44}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast spec spaces': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a":5,"b":1.0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast float printing': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"float","optional":false,"field":"i64"},{"type":"string","optional":false,"field":"f32"},{"type":"string","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"double","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":9.007199E15,"f32":"0.1","f64":"0.0","bool":true,"str":1.1}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"float","optional":false,"field":"i64"},{"type":"string","optional":false,"field":"f32"},{"type":"string","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"double","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":-1.6777216E7,"f32":"1.0E10","f64":"1.0E-5","bool":true,"str":-0.0}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"i8"},{"type":"int16","optional":false,"field":"i16"},{"type":"int32","optional":false,"field":"i32"},{"type":"float","optional":false,"field":"i64"},{"type":"string","optional":false,"field":"f32"},{"type":"string","optional":false,"field":"f64"},{"type":"boolean","optional":false,"field":"bool"},{"type":"double","optional":false,"field":"str"}],"optional":false},"payload":{"i8":0,"i16":0,"i32":0,"i64":0.0,"f32":"3.4028235E38","f64":"4.9E-324","bool":true,"str":"Infinity"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast out of range strings': {
    configured: true,
    results: [
      { error: 'DataException', message: 'Value (1.5) was out of range for requested data type' },
      { error: 'DataException', message: 'Value (40000) was out of range for requested data type' },
      { error: 'DataException', message: 'Value () was out of range for requested data type' },
    ],
  },
  'cast schemaless whole values': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":0.5}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":1.6777216E7}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":-2.25}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":1.0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'cast key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"int64","optional":false},"payload":7}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":null,"payload":8}',
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp whole value to string': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"2023-11-14T22:13:20.123Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"1970-01-01T00:00:00.000Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"1969-12-31T23:59:59.999Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"1969-12-30T23:59:59.999Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"2000-02-29T00:00:00.000Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"1582-10-04T23:59:59.999Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"2023-11-14T22:13:20.123Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"2024-02-29T00:00:00.000Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"1970-01-01T13:45:07.008Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":false},"payload":"2024-02-29T12:45:07.008Z"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"string","optional":true},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp whole value to unix': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1700000000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-86400001}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":951782400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-12219292800001}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1700000000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709164800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":49507008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709210707008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":true},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp whole value to Date': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19675}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":-1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":-2}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":11016}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":-141428}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19675}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19782}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19782}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":true,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp whole value to Time': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":80000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":86399999}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":86399999}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":86399999}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":80000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":49507008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":45907008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int32","optional":true,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp whole value to Timestamp': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1700000000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":0}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":-1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":-86400001}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":951782400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":-12219292800001}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1700000000123}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709164800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":49507008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709210707008}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":true,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":null}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp unix precisions': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1700000000123000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1700000000123000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-1000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp unix seconds': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1700000000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":-1000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp unix nanoseconds': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1700000000123000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":9223372036854000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":9223372036854000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp field to string': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"ts"},{"type":"string","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":"Tue, 14 Nov 2023 22:13:20 +0000","when":"2024-02-29 13:45:07.008","epoch":1700000000123}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":false,"field":"ts"},{"type":"string","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":"Tue, 14 Nov 2023 22:13:20 +0000","when":"2024-02-29 13:45:07.008","epoch":1700000000123}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string field to unix': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int64","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":1700000000123,"when":1709214307008,"epoch":1700000000123}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int64","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":0,"when":null,"epoch":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (garbage) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int64","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":0,"when":1739584922000,"epoch":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"int64","optional":true,"field":"when"},{"type":"int64","optional":true,"field":"epoch"}],"optional":false,"name":"event"},"payload":{"id":1,"ts":0,"when":1704164645006,"epoch":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse patterns': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":971211336000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":971166336000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":971178936000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":971186136000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":971186136000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (10/Oct/2000:13:55:36) does not match pattern (dd/MMM/yyyy:HH:mm:ss Z)',
      },
    ],
  },
  'timestamp string parse compact': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709214307000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709214300000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":-62135769600000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse ampm and iso zone': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709165100000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709204700000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709222700000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709222700000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse day of year and era': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709164800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-63517910400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-12218428800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse two digit year': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":915148800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1118102400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-61946467200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse day name only': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1707264000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1707091200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse lenient fields': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709251200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1677715200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1701302400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067201234}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067195000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-126039974400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (+2024-01-01 00:00:00.000) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)',
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (2024-01-01T00:00:00.000) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)',
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (2024-01-01 00:00:00) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-12218860800000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-12219379200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":-62135769600000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704070861001}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (2024 -01-01 00:00:00.000) does not match pattern (yyyy-MM-dd HH:mm:ss.SSS)',
      },
    ],
  },
  'timestamp string parse hours and text': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1709249400000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1706745900000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          "Could not parse timestamp: value (Febr 1, 2024 at 1:05 0 am) does not match pattern (MMMM d, yyyy 'at' k:mm K a)",
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1714608000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp string parse zone names': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704087000000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704063600000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"int64","optional":false},"payload":1704067200000}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Could not parse timestamp: value (2024-01-01 00:00 XYZ) does not match pattern (yyyy-MM-dd HH:mm z)',
      },
    ],
  },
  'timestamp format many instants': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1970-01-01T00:00:00.000+0000 Thu 1 1 1 1 4 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1969-12-31T23:59:59.999+0000 Wed 365 1 5 5 3 23 11 11 PM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1970-01-01T00:00:00.001+0000 Thu 1 1 1 1 4 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1999-12-31T23:59:59.999+0000 Fri 365 1 5 5 5 23 11 11 PM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2000-03-01T00:00:00.000+0000 Wed 61 10 1 1 3 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2023-12-31T23:59:59.999+0000 Sun 365 1 6 5 7 23 11 11 PM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2024-01-01T00:00:00.000+0000 Mon 1 1 1 1 1 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"0001-01-02T23:59:59.999+0000 Sun 2 2 2 1 7 23 11 11 PM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1582-10-04T23:59:59.999+0000 Thu 277 40 1 1 4 23 11 11 PM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1582-10-04T00:00:00.000+0000 Thu 277 40 1 1 4 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2100-01-01T00:00:00.000+0000 Fri 1 1 1 1 5 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"1900-01-01T00:00:00.000+0000 Mon 1 1 1 1 1 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2009-01-01T00:00:00.000+0000 Thu 1 1 1 1 4 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"string","optional":false},"payload":"2010-12-31T00:00:00.000+0000 Fri 365 1 5 5 5 24 0 12 AM AD"}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp field with default struct': {
    configured: true,
    results: [
      { error: 'input SchemaBuilderException', message: 'Invalid default value' },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: { error: 'serialize DataException', message: 'Mismatching schema.' },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: { error: 'serialize DataException', message: 'Mismatching schema.' },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp field defaults': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":true,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"ts"}],"optional":false},"payload":{"ts":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp field default replaced': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":true,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"ts"}],"optional":false},"payload":{"ts":19675}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp field bad schema': {
    configured: true,
    results: [
      {
        error: 'ConnectException',
        message: 'Schema Schema{INT32} does not correspond to a known timestamp type format',
      },
    ],
  },
  'timestamp string without format': {
    configured: true,
    results: [
      {
        error: 'NullPointerException',
        message: 'Cannot invoke "java.text.SimpleDateFormat.parse(String)" because "config.format" is null',
      },
    ],
  },
  'timestamp schemaless': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"x":1,"ts":"2023-11-14"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"ts":"2024-01-02"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message: 'TimestampConverter does not support class java.lang.Double objects as timestamps',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"x":1,"ts":null}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'DataException',
        message:
          'Only Map objects supported in absence of schema for [converting timestamp formats], found: java.util.ArrayList',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"ts":"1970-01-02"}}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'timestamp schemaless whole value': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: {
            error: 'serialize DataException',
            message: 'Java class class java.util.Date does not have corresponding schema type.',
          },
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
      {
        error: 'NullPointerException',
        message: 'Cannot invoke "java.text.SimpleDateFormat.parse(String)" because "config.format" is null',
      },
      {
        error: 'DataException',
        message: 'TimestampConverter does not support class java.lang.Boolean objects as timestamps',
      },
    ],
  },
  'timestamp string target without format': {
    error: 'ConfigException',
    message: 'TimestampConverter requires format option to be specified when using string timestamps',
  },
  'timestamp string target blank format': {
    error: 'ConfigException',
    message: 'TimestampConverter requires format option to be specified when using string timestamps',
  },
  'timestamp bad format pattern': {
    error: 'ConfigException',
    message:
      "Invalid value java.lang.IllegalArgumentException: Illegal pattern character 'b' for configuration TimestampConverter requires a SimpleDateFormat-compatible pattern for string timestamps: yyyy-bb",
  },
  'timestamp bad target': {
    error: 'ConfigException',
    message:
      'Invalid value date for configuration target.type: String must be one of: string, unix, Date, Time, Timestamp',
  },
  'timestamp bad precision': {
    error: 'ConfigException',
    message:
      'Invalid value minutes for configuration unix.precision: String must be one of: nanoseconds, microseconds, milliseconds, seconds',
  },
  'timestamp missing target': {
    error: 'ConfigException',
    message: 'Missing required configuration "target.type" which has no default value.',
  },
  'timestamp key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":80000123}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'header from value copy': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"string","optional":true,"default":"B","field":"b"},{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false,"field":"c"},{"type":"int64","optional":true,"field":"e"}],"optional":false,"name":"row","version":1},"payload":{"a":1,"b":null,"c":{"d":"x"},"e":null}}',
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['ha', '{"schema":{"type":"int32","optional":false},"payload":1}'],
            ['hb', '{"schema":{"type":"string","optional":true,"default":"B"},"payload":"B"}'],
            [
              'hc',
              '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false},"payload":{"d":"x"}}',
            ],
            ['he', '{"schema":{"type":"int64","optional":true},"payload":null}'],
          ],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a":1,"b":[1],"z":null}}',
          timestamp: 1700000000000,
          headers: [
            ['ha', '{"schema":null,"payload":1}'],
            ['hb', '{"schema":null,"payload":[1]}'],
            ['hc', null],
            ['he', null],
          ],
        },
        same: false,
      },
    ],
  },
  'header from value move': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false,"field":"c"},{"type":"int64","optional":true,"field":"e"}],"optional":false,"name":"row","version":1},"payload":{"c":{"d":"x"},"e":null}}',
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['ha', '{"schema":{"type":"int32","optional":false},"payload":1}'],
            ['hb', '{"schema":{"type":"string","optional":true,"default":"B"},"payload":"B"}'],
          ],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false,"field":"c"},{"type":"int64","optional":true,"field":"e"}],"optional":false,"name":"row","version":1},"payload":{"c":{"d":"x"},"e":null}}',
          timestamp: 1700000000000,
          headers: [
            ['ha', '{"schema":{"type":"int32","optional":false},"payload":1}'],
            ['hb', '{"schema":{"type":"string","optional":true,"default":"B"},"payload":"B"}'],
          ],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"z":null}}',
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['ha', '{"schema":null,"payload":1}'],
            ['hb', '{"schema":null,"payload":[1]}'],
          ],
        },
        same: false,
      },
    ],
  },
  'header from value move without defaults': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"a"},{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false,"field":"c"},{"type":"int64","optional":true,"field":"e"}],"optional":false,"name":"row","version":1},"payload":{"a":1,"c":{"d":"x"},"e":null}}',
          timestamp: 1700000000000,
          headers: [['hb', '{"schema":{"type":"string","optional":true,"default":"B"},"payload":null}']],
        },
        same: false,
      },
    ],
  },
  'header from missing field': {
    configured: true,
    results: [
      {
        error: 'NullPointerException',
        message:
          'Cannot invoke "org.apache.kafka.connect.data.Field.schema()" because the return value of "org.apache.kafka.connect.data.Schema.field(String)" is null',
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":null,"payload":{"a":1}}',
          timestamp: 1700000000000,
          headers: [['h', null]],
        },
        same: false,
      },
    ],
  },
  'header from required null': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value:
            '{"schema":{"type":"struct","fields":[{"type":"int64","optional":false,"field":"e"}],"optional":false},"payload":{"e":5}}',
          timestamp: 1700000000000,
          headers: [['h', '{"schema":{"type":"int64","optional":false},"payload":5}']],
        },
        same: false,
      },
    ],
  },
  'header from tombstone': {
    configured: true,
    results: [
      {
        error: 'DataException',
        message: 'Only Map objects supported in absence of schema for [header copy], found: null',
      },
      { error: 'DataException', message: 'Only Struct objects supported for [header copy], found: null' },
    ],
  },
  'header from size mismatch': {
    error: 'ConfigException',
    message: "'fields' config must have the same number of elements as 'headers' config.",
  },
  'header from bad operation': {
    error: 'ConfigException',
    message: 'Invalid value Move for configuration operation: String must be one of: move, copy',
  },
  'header from empty headers': {
    error: 'ConfigException',
    message: 'Invalid value [] for configuration headers: Empty list',
  },
  'header from struct and array fields': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: '{"schema":{"type":"struct","fields":[],"optional":false},"payload":{}}',
          timestamp: 1700000000000,
          headers: [
            [
              'hc',
              '{"schema":{"type":"struct","fields":[{"type":"string","optional":false,"field":"d"}],"optional":false},"payload":{"d":"x"}}',
            ],
            [
              'hl',
              '{"schema":{"type":"array","items":{"type":"int64","optional":false},"optional":false},"payload":[1,2]}',
            ],
            [
              'hm',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"optional":false},"payload":{"a":"Cg=="}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'header from key': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: '{"schema":{"type":"struct","fields":[{"type":"int8","optional":false,"field":"l"}],"optional":false},"payload":{"l":1}}',
          value: '{"schema":null,"payload":1}',
          timestamp: 1700000000000,
          headers: [['key-k', '{"schema":{"type":"string","optional":false},"payload":"v"}']],
        },
        same: false,
      },
    ],
  },
  'insert header literal 0 "42"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":42}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 1 "-129"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int16","optional":false},"payload":-129}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 2 "40000"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int32","optional":false},"payload":40000}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 3 "3000000000"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int64","optional":false},"payload":3000000000}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 4 "10000000000000000000"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"AIrHIwSJ6AAA"}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 5 "1.5"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"float","optional":false},"payload":1.5}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 6 "1e400"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"-400"}},"payload":"AQ=="}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 7 "0.1"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"float","optional":false},"payload":0.1}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 8 "1.0"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":1}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 9 "true"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"boolean","optional":false},"payload":true}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 10 "TRUE"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"TRUE"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 11 "false"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"boolean","optional":false},"payload":false}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 12 "null"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', null],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 13 "hello world"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"hello world"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 14 " padded "': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"padded"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 15 ""': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":""}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 16 "   "': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":""}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 17 "[1,2,3]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"int8","optional":false},"optional":false},"payload":[1,2,3]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 18 "[1,2.5]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"float","optional":false},"optional":false},"payload":[1.0,2.5]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 19 "[1,\\"a\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"array","items":null,"optional":false},"payload":[1,"a"]}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 20 "[1,null,2]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[1,null,2]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 21 "[]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"array","items":null,"optional":false},"payload":[]}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 22 "[null]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"array","items":null,"optional":false},"payload":[null]}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 23 "[[1],[2]]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"array","items":{"type":"int8","optional":false},"optional":false},"optional":false},"payload":[[1],[2]]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 24 "{\\"a\\":1,\\"b\\":2}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int8","optional":false},"optional":false},"payload":{"a":1,"b":2}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 25 "{a:1}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"{a:1}"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 26 "{\\"a\\":null}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":null,"optional":false},"payload":{"a":null}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 27 "{1:true,2:false}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"int8","optional":false},"values":{"type":"boolean","optional":false},"optional":false},"payload":[[1,true],[2,false]]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 28 "[1,2"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[1,2"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 29 "[1,,2]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[1,,2]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 30 "{\\"a\\":1,}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int8","optional":false},"optional":false},"payload":{"a":1}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 31 "{\\"a\\"}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"{\\"a\\"}"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 32 "2024-02-29"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19782}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 33 "2024-13-45"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":20133}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 34 "13:45:07.008Z"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":49507008}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 35 "2024-02-29T13:45:07.008Z"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709214307008}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 36 "\\"quoted\\""': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"\\"quoted\\""}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 37 "[\\"2024-02-29\\",\\"x\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              {
                error: 'serialize DataException',
                message: 'Java class class java.util.Date does not have corresponding schema type.',
              },
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 38 "[1,\\"2024-02-29\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"optional":false},"payload":[1,19782]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 39 "12:30"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":12}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 40 "true}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"true}"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 41 "\\\\[escaped\\\\]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"\\\\[escaped\\\\]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 42 "ünïcødé"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"ünïcødé"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 43 "+5"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":5}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 44 "-"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"-"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 45 "0x10"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"0x10"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 46 "1_000"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"1_000"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 47 "1.5e3"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int16","optional":false},"payload":1500}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 48 "-0.0"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":0}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 49 "00012"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":12}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 50 "0.000001"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"float","optional":false},"payload":1.0E-6}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 51 "123456789012345678901234567890"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"AY7pD/bDc+DuTj8K0g=="}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 52 "-9223372036854775808"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int64","optional":false},"payload":-9223372036854775808}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 53 "9223372036854775807"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int64","optional":false},"payload":9223372036854775807}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 54 "9223372036854775808"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"AIAAAAAAAAAA"}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 55 "3.4028236E38"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"double","optional":false},"payload":3.4028236E38}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 56 "[1,2,3000000000]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"int64","optional":false},"optional":false},"payload":[1,2,3000000000]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 57 "[1.5,2]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"float","optional":false},"optional":false},"payload":[1.5,2.0]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 58 "[true,false,null]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[true,false,null]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 59 "[\\"a\\",null,\\"b\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[\\"a\\",null,\\"b\\"]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 60 "{\\"a\\":{\\"b\\":[1,{\\"c\\":null}]}}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"array","items":null,"optional":false},"optional":false},"optional":false},"payload":{"a":{"b":[1,{"c":null}]}}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 61 "{1:2,3.5:4}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"float","optional":false},"values":{"type":"int8","optional":false},"optional":false},"payload":[[1.0,2],[3.5,4]]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 62 "{\\"k\\":1,\\"k\\":2}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int8","optional":false},"optional":false},"payload":{"k":2}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 63 "[1e400,1]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              {
                error: 'serialize DataException',
                message: 'Java class class java.math.BigDecimal does not have corresponding schema type.',
              },
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 64 "2024-02-30"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":19783}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 65 "0000-01-01"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1},"payload":-719530}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 66 "9999-12-31T23:59:59.999Z"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":253402300799999}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 67 "24:00:00.000Z"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1},"payload":86400000}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 68 "2024-02-29T13\\\\:45\\\\:07.008Z"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1},"payload":1709214307008}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 69 "[ 1 , 2 ]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"int8","optional":false},"optional":false},"payload":[1,2]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 70 "{ \\"a\\" : 1 }"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int8","optional":false},"optional":false},"payload":{"a":1}}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 71 "\\"a,b\\""': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"\\"a,b\\""}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 72 "[\\"a,b\\",\\"c\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"string","optional":false},"optional":false},"payload":["a,b","c"]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 73 "[\\"x\\\\\\"y\\"]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            [
              'h',
              '{"schema":{"type":"array","items":{"type":"string","optional":false},"optional":false},"payload":["x\\\\\\"y"]}',
            ],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 74 "a:b"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"a:b"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 75 "[a]"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"[a]"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 76 "{\\"a\\":b}"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"string","optional":false},"payload":"{\\"a\\":b}"}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header literal 77 "١٢"': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"one"}'],
            ['h2', '{"schema":{"type":"int32","optional":false},"payload":2}'],
            ['h1', '{"schema":{"type":"string","optional":false},"payload":"again"}'],
            ['h', '{"schema":{"type":"int8","optional":false},"payload":12}'],
          ],
        },
        same: false,
      },
    ],
  },
  'insert header missing literal': {
    error: 'ConfigException',
    message: 'Missing required configuration "value.literal" which has no default value.',
  },
  'insert header null literal': {
    error: 'ConfigException',
    message: 'Invalid value null for configuration value.literal: entry must be non null',
  },
  'insert header null name': {
    error: 'ConfigException',
    message: 'Invalid value null for configuration header: entry must be non null',
  },
  'drop headers': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [['h2', '{"schema":{"type":"int32","optional":false},"payload":2}']],
        },
        same: false,
      },
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [],
        },
        same: false,
      },
    ],
  },
  'drop headers empty': {
    error: 'ConfigException',
    message: 'Invalid value [] for configuration headers: Empty list',
  },
  'header values of every type': {
    configured: true,
    results: [
      {
        record: {
          topic: 'test-topic',
          partition: 0,
          key: null,
          value: null,
          timestamp: 1700000000000,
          headers: [
            [
              'd',
              '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"AQI="}',
            ],
            [
              'a',
              '{"schema":{"type":"array","items":{"type":"int32","optional":false},"optional":false},"payload":[1]}',
            ],
            [
              'm',
              '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false},"payload":{"x":1}}',
            ],
            [
              's',
              '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"q"}],"optional":false},"payload":{"q":1}}',
            ],
            ['n', null],
          ],
        },
        same: false,
      },
    ],
  },
  'has header key': { configured: true, results: [{ test: true }, { test: false }, { test: false }] },
  'has header key empty': {
    error: 'ConfigException',
    message: 'Invalid value  for configuration name: String must be non-empty',
  },
  'has header key missing': {
    error: 'ConfigException',
    message: 'Missing required configuration "name" which has no default value.',
  },
  'record is tombstone': {
    configured: true,
    results: [{ test: true }, { test: true }, { test: false }, { test: false }],
  },
  'topic name matches': {
    configured: true,
    results: [{ test: true }, { test: false }, { test: true }, { test: false }],
  },
  'topic name matches alternation': {
    configured: true,
    results: [{ test: true }, { test: true }, { test: false }],
  },
  'topic name matches empty': {
    error: 'ConfigException',
    message: 'Invalid value  for configuration pattern: String must be non-empty',
  },
  'topic name matches bad regex': {
    error: 'ConfigException',
    message:
      'Invalid value [a- for configuration pattern: Invalid regex: Illegal character range near index 3\n[a-',
  },
  'topic name matches missing': {
    error: 'ConfigException',
    message: 'Missing required configuration "pattern" which has no default value.',
  },
  'filter drops': { configured: true, results: [{ null: true }, { null: true }] },
};
