/**
 * Expected outputs produced by Apache Kafka Connect 4.1.1 (connect-json / connect-runtime jars, Jackson 2.19,
 * JDK 25) for the inputs named by each key. Generated data: do not edit by hand.
 */
import type { Vector } from '../json/vector-support.ts';

export const CONVERTER_VECTORS: Readonly<Record<string, Vector>> = {
  int8: { text: '{"schema":{"type":"int8","optional":false},"payload":5}' },
  'int8 <read>': { read: 'S(INT8) = i8:5' },
  int16: { text: '{"schema":{"type":"int16","optional":false},"payload":-300}' },
  'int16 <read>': { read: 'S(INT16) = i16:-300' },
  int32: { text: '{"schema":{"type":"int32","optional":false},"payload":42}' },
  'int32 <read>': { read: 'S(INT32) = i32:42' },
  'int64 max': { text: '{"schema":{"type":"int64","optional":false},"payload":9223372036854775807}' },
  'int64 max <read>': { read: 'S(INT64) = i64:9223372036854775807' },
  'int64 2^53+1': { text: '{"schema":{"type":"int64","optional":false},"payload":9007199254740993}' },
  'int64 2^53+1 <read>': { read: 'S(INT64) = i64:9007199254740993' },
  'int64 min': { text: '{"schema":{"type":"int64","optional":false},"payload":-9223372036854775808}' },
  'int64 min <read>': { read: 'S(INT64) = i64:-9223372036854775808' },
  'float32 0.1': { text: '{"schema":{"type":"float","optional":false},"payload":0.1}' },
  'float32 0.1 <read>': { read: 'S(FLOAT32) = f32:0.1' },
  'float32 1.0': { text: '{"schema":{"type":"float","optional":false},"payload":1.0}' },
  'float32 1.0 <read>': { read: 'S(FLOAT32) = f32:1.0' },
  'float32 1e10': { text: '{"schema":{"type":"float","optional":false},"payload":1.0E10}' },
  'float32 1e10 <read>': { read: 'S(FLOAT32) = f32:1.0E10' },
  'float32 nan': { text: '{"schema":{"type":"float","optional":false},"payload":"NaN"}' },
  'float32 nan <read>': { read: 'S(FLOAT32) = f32:0.0' },
  'float64 1.0': { text: '{"schema":{"type":"double","optional":false},"payload":1.0}' },
  'float64 1.0 <read>': { read: 'S(FLOAT64) = f64:1.0' },
  'float64 0.1': { text: '{"schema":{"type":"double","optional":false},"payload":0.1}' },
  'float64 0.1 <read>': { read: 'S(FLOAT64) = f64:0.1' },
  'float64 1e10': { text: '{"schema":{"type":"double","optional":false},"payload":1.0E10}' },
  'float64 1e10 <read>': { read: 'S(FLOAT64) = f64:1.0E10' },
  'float64 1e-7': { text: '{"schema":{"type":"double","optional":false},"payload":1.0E-7}' },
  'float64 1e-7 <read>': { read: 'S(FLOAT64) = f64:1.0E-7' },
  'float64 nan': { text: '{"schema":{"type":"double","optional":false},"payload":"NaN"}' },
  'float64 nan <read>': { read: 'S(FLOAT64) = f64:0.0' },
  'float64 -inf': { text: '{"schema":{"type":"double","optional":false},"payload":"-Infinity"}' },
  'float64 -inf <read>': { read: 'S(FLOAT64) = f64:0.0' },
  'float64 -0': { text: '{"schema":{"type":"double","optional":false},"payload":-0.0}' },
  'float64 -0 <read>': { read: 'S(FLOAT64) = f64:0.0' },
  boolean: { text: '{"schema":{"type":"boolean","optional":false},"payload":true}' },
  'boolean <read>': { read: 'S(BOOLEAN) = b:true' },
  string: {
    text: '{"schema":{"type":"string","optional":false},"payload":"h\u00e9llo \\"w\\"\\n\\uD83D\\uDE00"}',
  },
  'string <read>': { read: 'S(STRING) = s:"h\\u00e9llo \\"w\\"\\u000a\\ud83d\\ude00"' },
  bytes: { text: '{"schema":{"type":"bytes","optional":false},"payload":"AAEC/w=="}' },
  'bytes <read>': { read: 'S(BYTES) = x:000102ff' },
  'bytes empty': { text: '{"schema":{"type":"bytes","optional":false},"payload":""}' },
  'bytes empty <read>': { read: 'S(BYTES) = x:' },
  'optional int32 null': { text: '{"schema":{"type":"int32","optional":true},"payload":null}' },
  'optional int32 null <read>': { read: 'S(INT32?) = null' },
  'optional string null': { text: '{"schema":{"type":"string","optional":true},"payload":null}' },
  'optional string null <read>': { read: 'S(STRING?) = null' },
  'required int32 null': {
    error: 'DataException',
    message: 'Conversion error: null value for field that is required and has no default value',
  },
  'null schema null value': { null: true },
  'null schema null value <read>': { read: 'null = null' },
  'null schema value': { text: '{"schema":null,"payload":{"a":1,"b":[1.5,"x"]}}' },
  'null schema value <read>': { read: 'null = {s:"a"=>i64:1,s:"b"=>[f64:1.5,s:"x"]}' },
  'null schema string': { text: '{"schema":null,"payload":"x"}' },
  'null schema string <read>': { read: 'null = s:"x"' },
  'int32 default null': { text: '{"schema":{"type":"int32","optional":false,"default":7},"payload":7}' },
  'int32 default null <read>': { read: 'S(INT32 def=i32:7) = i32:7' },
  'int32 default null noreplace': {
    error: 'DataException',
    message: 'Conversion error: null value for field that is required and has no default value',
  },
  'optional int32 default null': {
    text: '{"schema":{"type":"int32","optional":true,"default":7},"payload":7}',
  },
  'optional int32 default null <read>': { read: 'S(INT32? def=i32:7) = i32:7' },
  'optional int32 default null noreplace': {
    text: '{"schema":{"type":"int32","optional":true,"default":7},"payload":null}',
  },
  'optional int32 default null noreplace <read>': { read: 'S(INT32? def=i32:7) = null' },
  'optional int32 default value': {
    text: '{"schema":{"type":"int32","optional":true,"default":7},"payload":3}',
  },
  'optional int32 default value <read>': { read: 'S(INT32? def=i32:7) = i32:3' },
  'string meta': {
    text: '{"schema":{"type":"string","optional":false,"name":"com.x.Name","version":3,"doc":"a \\"doc\\"","parameters":{"p1":"v1","a":"b"},"default":"dflt"},"payload":"v"}',
  },
  'string meta <read>': { read: 'S(STRING n=com.x.Name v=3 d=a "doc" p={p1=v1, a=b} def=s:"dflt") = s:"v"' },
  'string meta null': {
    text: '{"schema":{"type":"string","optional":false,"name":"com.x.Name","version":3,"doc":"a \\"doc\\"","parameters":{"p1":"v1","a":"b"},"default":"dflt"},"payload":"dflt"}',
  },
  'string meta null <read>': {
    read: 'S(STRING n=com.x.Name v=3 d=a "doc" p={p1=v1, a=b} def=s:"dflt") = s:"dflt"',
  },
  'string empty params': { text: '{"schema":{"type":"string","optional":false},"payload":"v"}' },
  'string empty params <read>': { read: 'S(STRING) = s:"v"' },
  'array int32': {
    text: '{"schema":{"type":"array","items":{"type":"int32","optional":false},"optional":false},"payload":[1,2,3]}',
  },
  'array int32 <read>': { read: 'S(ARRAY items=S(INT32)) = [i32:1,i32:2,i32:3]' },
  'array empty': {
    text: '{"schema":{"type":"array","items":{"type":"int32","optional":false},"optional":false},"payload":[]}',
  },
  'array empty <read>': { read: 'S(ARRAY items=S(INT32)) = []' },
  'array optional strings': {
    text: '{"schema":{"type":"array","items":{"type":"string","optional":true},"optional":true},"payload":["a",null,"c"]}',
  },
  'array optional strings <read>': { read: 'S(ARRAY? items=S(STRING?)) = [s:"a",null,s:"c"]' },
  'array required elem null': {
    error: 'DataException',
    message: 'Conversion error: null value for field that is required and has no default value',
  },
  'array default': {
    text: '{"schema":{"type":"array","items":{"type":"int32","optional":false},"optional":false,"default":[9,8]},"payload":[9,8]}',
  },
  'array default <read>': { read: 'S(ARRAY def=[i32:9,i32:8] items=S(INT32)) = [i32:9,i32:8]' },
  'map string keys': {
    text: '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int32","optional":false},"optional":false},"payload":{"b":2,"a":1}}',
  },
  'map string keys <read>': { read: 'S(MAP keys=S(STRING) values=S(INT32)) = {s:"a"=>i32:1,s:"b"=>i32:2}' },
  'map int keys': {
    text: '{"schema":{"type":"map","keys":{"type":"int32","optional":false},"values":{"type":"string","optional":true},"optional":false},"payload":[[2,"b"],[1,null]]}',
  },
  'map int keys <read>': { read: 'S(MAP keys=S(INT32) values=S(STRING?)) = {i32:1=>null,i32:2=>s:"b"}' },
  'map default': {
    text: '{"schema":{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"string","optional":false},"optional":false,"default":{"k":"v"}},"payload":{"k":"v"}}',
  },
  'map default <read>': {
    read: 'S(MAP def={s:"k"=>s:"v"} keys=S(STRING) values=S(STRING)) = {s:"k"=>s:"v"}',
  },
  'struct rec': {
    text: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"struct","fields":[{"type":"double","optional":false,"field":"a"},{"type":"boolean","optional":true,"default":true,"field":"b"}],"optional":true,"name":"com.example.Inner","field":"inner"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"day"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1,"field":"tod"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int64","optional":false},"optional":true,"field":"attrs"},{"type":"float","optional":false,"field":"f32"},{"type":"bytes","optional":true,"field":"raw"}],"optional":false,"name":"com.example.Rec","version":2,"doc":"A record"},"payload":{"id":1,"name":null,"tags":["x","y"],"inner":{"a":2.5,"b":true},"amount":"BNI=","day":19000,"tod":3723004,"ts":1700000000123,"attrs":{"n":5},"f32":0.1,"raw":"CQ=="}}',
  },
  'struct rec <read>': {
    read: 'S(STRUCT n=com.example.Rec v=2 d=A record fields=[0:id:S(INT32),1:name:S(STRING?),2:tags:S(ARRAY items=S(STRING)),3:inner:S(STRUCT? n=com.example.Inner fields=[0:a:S(FLOAT64),1:b:S(BOOLEAN? def=b:true)]),4:amount:S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}),5:day:S(INT32 n=org.apache.kafka.connect.data.Date v=1),6:tod:S(INT32 n=org.apache.kafka.connect.data.Time v=1),7:ts:S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1),8:attrs:S(MAP? keys=S(STRING) values=S(INT64)),9:f32:S(FLOAT32),10:raw:S(BYTES?)]) = struct{id=i32:1,name=null,tags=[s:"x",s:"y"],inner=struct{a=f64:2.5,b=b:true},amount=dec:1234/2,day=date:1641600000000,tod=date:3723004,ts=date:1700000000123,attrs={s:"n"=>i64:5},f32=f32:0.1,raw=x:09}',
  },
  'struct rec numeric': {
    text: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"struct","fields":[{"type":"double","optional":false,"field":"a"},{"type":"boolean","optional":true,"default":true,"field":"b"}],"optional":true,"name":"com.example.Inner","field":"inner"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"day"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1,"field":"tod"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int64","optional":false},"optional":true,"field":"attrs"},{"type":"float","optional":false,"field":"f32"},{"type":"bytes","optional":true,"field":"raw"}],"optional":false,"name":"com.example.Rec","version":2,"doc":"A record"},"payload":{"id":1,"name":null,"tags":["x","y"],"inner":{"a":2.5,"b":true},"amount":12.34,"day":19000,"tod":3723004,"ts":1700000000123,"attrs":{"n":5},"f32":0.1,"raw":"CQ=="}}',
  },
  'struct rec numeric <read>': {
    read: 'S(STRUCT n=com.example.Rec v=2 d=A record fields=[0:id:S(INT32),1:name:S(STRING?),2:tags:S(ARRAY items=S(STRING)),3:inner:S(STRUCT? n=com.example.Inner fields=[0:a:S(FLOAT64),1:b:S(BOOLEAN? def=b:true)]),4:amount:S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}),5:day:S(INT32 n=org.apache.kafka.connect.data.Date v=1),6:tod:S(INT32 n=org.apache.kafka.connect.data.Time v=1),7:ts:S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1),8:attrs:S(MAP? keys=S(STRING) values=S(INT64)),9:f32:S(FLOAT32),10:raw:S(BYTES?)]) = struct{id=i32:1,name=null,tags=[s:"x",s:"y"],inner=struct{a=f64:2.5,b=b:true},amount=dec:1234/2,day=date:1641600000000,tod=date:3723004,ts=date:1700000000123,attrs={s:"n"=>i64:5},f32=f32:0.1,raw=x:09}',
  },
  'struct rec noreplace': {
    text: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"struct","fields":[{"type":"double","optional":false,"field":"a"},{"type":"boolean","optional":true,"default":true,"field":"b"}],"optional":true,"name":"com.example.Inner","field":"inner"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"day"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1,"field":"tod"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int64","optional":false},"optional":true,"field":"attrs"},{"type":"float","optional":false,"field":"f32"},{"type":"bytes","optional":true,"field":"raw"}],"optional":false,"name":"com.example.Rec","version":2,"doc":"A record"},"payload":{"id":1,"name":null,"tags":["x","y"],"inner":{"a":2.5,"b":null},"amount":"BNI=","day":19000,"tod":3723004,"ts":1700000000123,"attrs":{"n":5},"f32":0.1,"raw":"CQ=="}}',
  },
  'struct rec noreplace <read>': {
    read: 'S(STRUCT n=com.example.Rec v=2 d=A record fields=[0:id:S(INT32),1:name:S(STRING?),2:tags:S(ARRAY items=S(STRING)),3:inner:S(STRUCT? n=com.example.Inner fields=[0:a:S(FLOAT64),1:b:S(BOOLEAN? def=b:true)]),4:amount:S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}),5:day:S(INT32 n=org.apache.kafka.connect.data.Date v=1),6:tod:S(INT32 n=org.apache.kafka.connect.data.Time v=1),7:ts:S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1),8:attrs:S(MAP? keys=S(STRING) values=S(INT64)),9:f32:S(FLOAT32),10:raw:S(BYTES?)]) = struct{id=i32:1,name=null,tags=[s:"x",s:"y"],inner=struct{a=f64:2.5,b=null},amount=dec:1234/2,day=date:1641600000000,tod=date:3723004,ts=date:1700000000123,attrs={s:"n"=>i64:5},f32=f32:0.1,raw=x:09}',
  },
  'struct rec schemaless': {
    text: '{"id":1,"name":null,"tags":["x","y"],"inner":{"a":2.5,"b":true},"amount":"BNI=","day":19000,"tod":3723004,"ts":1700000000123,"attrs":{"n":5},"f32":0.1,"raw":"CQ=="}',
  },
  'struct rec schemaless <read>': {
    read: 'null = {s:"amount"=>s:"BNI=",s:"attrs"=>{s:"n"=>i64:5},s:"day"=>i64:19000,s:"f32"=>f64:0.1,s:"id"=>i64:1,s:"inner"=>{s:"a"=>f64:2.5,s:"b"=>b:true},s:"name"=>null,s:"raw"=>s:"CQ==",s:"tags"=>[s:"x",s:"y"],s:"tod"=>i64:3723004,s:"ts"=>i64:1700000000123}',
  },
  'struct rec schemaless numeric': {
    text: '{"id":1,"name":null,"tags":["x","y"],"inner":{"a":2.5,"b":true},"amount":12.34,"day":19000,"tod":3723004,"ts":1700000000123,"attrs":{"n":5},"f32":0.1,"raw":"CQ=="}',
  },
  'struct rec schemaless numeric <read>': {
    read: 'null = {s:"amount"=>f64:12.34,s:"attrs"=>{s:"n"=>i64:5},s:"day"=>i64:19000,s:"f32"=>f64:0.1,s:"id"=>i64:1,s:"inner"=>{s:"a"=>f64:2.5,s:"b"=>b:true},s:"name"=>null,s:"raw"=>s:"CQ==",s:"tags"=>[s:"x",s:"y"],s:"tod"=>i64:3723004,s:"ts"=>i64:1700000000123}',
  },
  'struct rec nulls': {
    text: '{"schema":{"type":"struct","fields":[{"type":"int32","optional":false,"field":"id"},{"type":"string","optional":true,"field":"name"},{"type":"array","items":{"type":"string","optional":false},"optional":false,"field":"tags"},{"type":"struct","fields":[{"type":"double","optional":false,"field":"a"},{"type":"boolean","optional":true,"default":true,"field":"b"}],"optional":true,"name":"com.example.Inner","field":"inner"},{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"field":"amount"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"field":"day"},{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Time","version":1,"field":"tod"},{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp","version":1,"field":"ts"},{"type":"map","keys":{"type":"string","optional":false},"values":{"type":"int64","optional":false},"optional":true,"field":"attrs"},{"type":"float","optional":false,"field":"f32"},{"type":"bytes","optional":true,"field":"raw"}],"optional":false,"name":"com.example.Rec","version":2,"doc":"A record"},"payload":{"id":2,"name":null,"tags":[],"inner":null,"amount":"+w==","day":0,"tod":0,"ts":-1,"attrs":null,"f32":1.5,"raw":null}}',
  },
  'struct rec nulls <read>': {
    read: 'S(STRUCT n=com.example.Rec v=2 d=A record fields=[0:id:S(INT32),1:name:S(STRING?),2:tags:S(ARRAY items=S(STRING)),3:inner:S(STRUCT? n=com.example.Inner fields=[0:a:S(FLOAT64),1:b:S(BOOLEAN? def=b:true)]),4:amount:S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}),5:day:S(INT32 n=org.apache.kafka.connect.data.Date v=1),6:tod:S(INT32 n=org.apache.kafka.connect.data.Time v=1),7:ts:S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1),8:attrs:S(MAP? keys=S(STRING) values=S(INT64)),9:f32:S(FLOAT32),10:raw:S(BYTES?)]) = struct{id=i32:2,name=null,tags=[],inner=null,amount=dec:-5/2,day=date:0,tod=date:0,ts=date:-1,attrs=null,f32=f32:1.5,raw=null}',
  },
  'struct mismatch': { error: 'DataException', message: 'Mismatching schema.' },
  'struct missing required': {
    error: 'DataException',
    message: 'Conversion error: null value for field that is required and has no default value',
  },
  'int32 wrong type': { error: 'DataException', message: 'Invalid type for INT32: class java.lang.String' },
  'int32 given long': { error: 'DataException', message: 'Invalid type for INT32: class java.lang.Long' },
  'string given int': { error: 'DataException', message: 'Invalid type for STRING: class java.lang.Integer' },
  'bytes given string': {
    error: 'DataException',
    message: 'Invalid type for bytes type: class java.lang.String',
  },
  'array given string': { error: 'DataException', message: 'Invalid type for ARRAY: class java.lang.String' },
  'struct given map': { error: 'DataException', message: 'Invalid type for STRUCT: class java.util.HashMap' },
  'decimal mismatch scale': {
    error: 'DataException',
    message:
      'Decimal value has mismatching scale for given Decimal schema. Schema has scale 2, value has scale 1.',
  },
  'decimal wrong type': {
    error: 'DataException',
    message: 'Invalid type for Decimal, expected BigDecimal but was class java.lang.Double',
  },
  'date wrong type': {
    error: 'DataException',
    message: 'Invalid type for Date, expected Date but was class java.lang.Integer',
  },
  'date with time': {
    error: 'DataException',
    message: 'Kafka Connect Date type should not have any time fields set to non-zero values.',
  },
  'time out of range': {
    error: 'DataException',
    message: 'Kafka Connect Time type should not have any date fields set to non-zero values.',
  },
  'decimal 0': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"AA=="}',
  },
  'decimal 0 <read>': { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:0/2' },
  'decimal 128': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"AIA="}',
  },
  'decimal 128 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:128/0',
  },
  'decimal -128': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"gA=="}',
  },
  'decimal -128 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:-128/0',
  },
  'decimal -129': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"/38="}',
  },
  'decimal -129 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:-129/0',
  },
  'decimal 255': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"AP8="}',
  },
  'decimal 255 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:255/0',
  },
  'decimal numeric 12.34': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":12.34}',
  },
  'decimal numeric 12.34 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:1234/2',
  },
  'decimal base64 12.34': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"BNI="}',
  },
  'decimal base64 12.34 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:1234/2',
  },
  'decimal numeric -0.05': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":-0.05}',
  },
  'decimal numeric -0.05 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:-5/2',
  },
  'decimal base64 -0.05': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"+w=="}',
  },
  'decimal base64 -0.05 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:-5/2',
  },
  'decimal numeric 0.00': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":0.00}',
  },
  'decimal numeric 0.00 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:0/2',
  },
  'decimal base64 0.00': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"AA=="}',
  },
  'decimal base64 0.00 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:0/2',
  },
  'decimal numeric 123456789012345678901234567890.12': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":123456789012345678901234567890.12}',
  },
  'decimal numeric 123456789012345678901234567890.12 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:12345678901234567890123456789012/2',
  },
  'decimal base64 123456789012345678901234567890.12': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"}},"payload":"AJvTCjxkWUPdFpCgOhQ="}',
  },
  'decimal base64 123456789012345678901234567890.12 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:12345678901234567890123456789012/2',
  },
  'decimal numeric 1E+3': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"-3"}},"payload":1E+3}',
  },
  'decimal numeric 1E+3 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=-3}) = dec:1/-3',
  },
  'decimal base64 1E+3': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"-3"}},"payload":"AQ=="}',
  },
  'decimal base64 1E+3 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=-3}) = dec:1/-3',
  },
  'decimal numeric 0.0000000001': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"10"}},"payload":1E-10}',
  },
  'decimal numeric 0.0000000001 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=10}) = dec:1/10',
  },
  'decimal base64 0.0000000001': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"10"}},"payload":"AQ=="}',
  },
  'decimal base64 0.0000000001 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=10}) = dec:1/10',
  },
  'decimal numeric -1.5E-10': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"11"}},"payload":-1.5E-10}',
  },
  'decimal numeric -1.5E-10 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=11}) = dec:-15/11',
  },
  'decimal base64 -1.5E-10': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"11"}},"payload":"8Q=="}',
  },
  'decimal base64 -1.5E-10 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=11}) = dec:-15/11',
  },
  'decimal numeric 100': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":100}',
  },
  'decimal numeric 100 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:100/0',
  },
  'decimal base64 100': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"0"}},"payload":"ZA=="}',
  },
  'decimal base64 100 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=0}) = dec:100/0',
  },
  'decimal numeric 5E+2': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"-2"}},"payload":5E+2}',
  },
  'decimal numeric 5E+2 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=-2}) = dec:5/-2',
  },
  'decimal base64 5E+2': {
    text: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"-2"}},"payload":"BQ=="}',
  },
  'decimal base64 5E+2 <read>': {
    read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=-2}) = dec:5/-2',
  },
  'date default': {
    text: '{"schema":{"type":"int32","optional":false,"name":"org.apache.kafka.connect.data.Date","version":1,"default":1},"payload":1}',
  },
  'date default <read>': {
    read: 'S(INT32 n=org.apache.kafka.connect.data.Date v=1 def=date:86400000) = date:86400000',
  },
  'decimal default': {
    text: '{"schema":{"type":"bytes","optional":true,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"2"},"default":"ZA=="},"payload":"ZA=="}',
  },
  'decimal default <read>': {
    read: 'S(BYTES? n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2} def=dec:100/2) = dec:100/2',
  },
  'builder struct default': {
    error: 'SchemaBuilderException',
    message: 'Invalid default value',
    cause: 'DataException:Struct schemas do not match.',
  },
  'float64 default': { text: '{"schema":{"type":"double","optional":false,"default":1.0},"payload":1.0}' },
  'float64 default <read>': { read: 'S(FLOAT64 def=f64:1.0) = f64:1.0' },
  'bytes default': { text: '{"schema":{"type":"bytes","optional":false,"default":"AQI="},"payload":"AQI="}' },
  'bytes default <read>': { read: 'S(BYTES def=x:0102) = x:0102' },
  'timestamp no version': {
    text: '{"schema":{"type":"int64","optional":false,"name":"org.apache.kafka.connect.data.Timestamp"},"payload":5}',
  },
  'timestamp no version <read>': { read: 'S(INT64 n=org.apache.kafka.connect.data.Timestamp) = date:5' },
  'jread "{\\"schema\\":{\\"type\\":\\"int8\\",\\"optional\\":false},\\"payload\\":300}"': {
    read: 'S(INT8) = i8:44',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int16\\",\\"optional\\":false},\\"payload\\":70000}"': {
    read: 'S(INT16) = i16:4464',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false},\\"payload\\":3000000000}"': {
    read: 'S(INT32) = i32:-1294967296',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false},\\"payload\\":1.9}"': {
    read: 'S(INT32) = i32:1',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false},\\"payload\\":-1.9}"': {
    read: 'S(INT32) = i32:-1',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false},\\"payload\\":1e20}"': {
    read: 'S(INT32) = i32:1661992960',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"optional\\":false},\\"payload\\":\\"abc\\"}"': {
    read: 'S(INT64) = i64:0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"optional\\":false},\\"payload\\":12345678901234567890}"': {
    read: 'S(INT64) = i64:-6101065172474983726',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"optional\\":false},\\"payload\\":true}"': {
    read: 'S(INT64) = i64:0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"boolean\\",\\"optional\\":false},\\"payload\\":1}"': {
    read: 'S(BOOLEAN) = b:false',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"string\\",\\"optional\\":false},\\"payload\\":5}"': {
    read: 'S(STRING) = null',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"string\\",\\"optional\\":false},\\"payload\\":{\\"a\\":1}}"': {
    read: 'S(STRING) = null',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"float\\",\\"optional\\":false},\\"payload\\":\\"x\\"}"': {
    read: 'S(FLOAT32) = f32:0.0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"float\\",\\"optional\\":false},\\"payload\\":0.1}"': {
    read: 'S(FLOAT32) = f32:0.1',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"float\\",\\"optional\\":false},\\"payload\\":1}"': {
    read: 'S(FLOAT32) = f32:1.0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"float\\",\\"optional\\":false},\\"payload\\":16777217}"': {
    read: 'S(FLOAT32) = f32:1.6777216E7',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"float\\",\\"optional\\":false},\\"payload\\":1.00000005960464477539062500001}"':
    { read: 'S(FLOAT32) = f32:1.0000001' },
  'jread "{\\"schema\\":{\\"type\\":\\"double\\",\\"optional\\":false},\\"payload\\":1}"': {
    read: 'S(FLOAT64) = f64:1.0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"double\\",\\"optional\\":false},\\"payload\\":12345678901234567890123}"':
    { read: 'S(FLOAT64) = f64:1.2345678901234568E22' },
  'jread "{\\"schema\\":{\\"type\\":\\"double\\",\\"optional\\":false},\\"payload\\":\\"NaN\\"}"': {
    read: 'S(FLOAT64) = f64:0.0',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQID\\"}"': {
    read: 'S(BYTES) = x:010203',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQ\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Unexpected end of base64-encoded String: base64 variant 'MIME-NO-LINEFEEDS' expects padding (one or more '=' characters) at the end. This Base64Variant might have been incorrectly configured",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQI\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Unexpected end of base64-encoded String: base64 variant 'MIME-NO-LINEFEEDS' expects padding (one or more '=' characters) at the end. This Base64Variant might have been incorrectly configured",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQ==\\"}"': {
    read: 'S(BYTES) = x:01',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\" AQ== AQ==\\\\n\\"}"':
    { read: 'S(BYTES) = x:0101' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"A Q==\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      'InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Illegal white space character (code 0x20) as character #2 of 4-char base64 unit: can only used between units',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"!!!!\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Illegal character '!' (code 0x21) in base64 content",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQ=\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Unexpected end of base64-encoded String: base64 variant 'MIME-NO-LINEFEEDS' expects padding (one or more '=' characters) at the end. This Base64Variant might have been incorrectly configured",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"AQ=A\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Illegal character 'A' (code 0x41) in base64 content: expected padding character '='",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"-_8=\\"}"': {
    error: 'DataException',
    message: 'Invalid bytes field',
    cause:
      "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Illegal character '-' (code 0x2d) in base64 content",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":\\"\\"}"': {
    read: 'S(BYTES) = x:',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":false},\\"payload\\":5}"': {
    read: 'S(BYTES) = null',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"optional\\":true},\\"payload\\":null}"': {
    read: 'S(BYTES?) = null',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false},\\"payload\\":null}"': {
    error: 'DataException',
    message: 'Invalid null value for required INT32 field',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\"},\\"payload\\":null}"': {
    error: 'DataException',
    message: 'Invalid null value for required INT32 field',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":\\"true\\"},\\"payload\\":null}"': {
    error: 'DataException',
    message: 'Invalid null value for required INT32 field',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":true},\\"payload\\":null}"': {
    read: 'S(INT32?) = null',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false,\\"default\\":5},\\"payload\\":null}"': {
    read: 'S(INT32 def=i32:5) = i32:5',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false,\\"default\\":null},\\"payload\\":null}"':
    { error: 'DataException', message: 'Invalid null value for required INT32 field' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"optional\\":false,\\"default\\":\\"x\\"},\\"payload\\":1}"':
    { read: 'S(INT32 def=i32:0) = i32:1' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":5,\\"version\\":1.5,\\"doc\\":7},\\"payload\\":1}"':
    { read: 'S(INT32) = i32:1' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"version\\":4294967297},\\"payload\\":1}"': {
    read: 'S(INT32 v=1) = i32:1',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"parameters\\":{\\"a\\":1}},\\"payload\\":1}"': {
    error: 'DataException',
    message: 'Schema parameters must have string values.',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"parameters\\":[1]},\\"payload\\":1}"': {
    read: 'S(INT32) = i32:1',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"parameters\\":{\\"b\\":\\"1\\",\\"a\\":\\"2\\"}},\\"payload\\":1}"':
    { read: 'S(INT32 p={b=1, a=2}) = i32:1' },
  'jread "{\\"schema\\":{},\\"payload\\":1}"': {
    error: 'DataException',
    message: "Schema must contain 'type' field",
  },
  'jread "{\\"schema\\":{\\"type\\":5},\\"payload\\":1}"': {
    error: 'DataException',
    message: "Schema must contain 'type' field",
  },
  'jread "{\\"schema\\":{\\"type\\":\\"foo\\"},\\"payload\\":1}"': {
    error: 'DataException',
    message: 'Unknown schema type: foo',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"INT32\\"},\\"payload\\":1}"': {
    error: 'DataException',
    message: 'Unknown schema type: INT32',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\"},\\"payload\\":[]}"': {
    error: 'DataException',
    message: 'Array schema did not specify the element type',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\",\\"items\\":null},\\"payload\\":[]}"': {
    error: 'DataException',
    message: 'Array schema did not specify the element type',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\",\\"items\\":{\\"type\\":\\"int32\\"}},\\"payload\\":[1,2]}"':
    { read: 'S(ARRAY items=S(INT32)) = [i32:1,i32:2]' },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\",\\"items\\":{\\"type\\":\\"int32\\"}},\\"payload\\":5}"': {
    read: 'S(ARRAY items=S(INT32)) = []',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\",\\"items\\":{\\"type\\":\\"int32\\"}},\\"payload\\":{\\"a\\":1,\\"b\\":2}}"':
    { read: 'S(ARRAY items=S(INT32)) = [i32:1,i32:2]' },
  'jread "{\\"schema\\":{\\"type\\":\\"array\\",\\"items\\":{\\"type\\":\\"int32\\"}},\\"payload\\":[1,null]}"':
    { error: 'DataException', message: 'Invalid null value for required INT32 field' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"values\\":{\\"type\\":\\"int32\\"}},\\"payload\\":{}}"': {
    error: 'DataException',
    message: 'Map schema did not specify the key type',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"string\\"}},\\"payload\\":{}}"': {
    error: 'DataException',
    message: 'Map schema did not specify the value type',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":null,\\"values\\":{\\"type\\":\\"int32\\"}},\\"payload\\":{}}"':
    { error: 'SchemaBuilderException', message: 'keySchema cannot be null.' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"string\\"},\\"values\\":{\\"type\\":\\"int32\\"}},\\"payload\\":{\\"a\\":1,\\"b\\":2}}"':
    { read: 'S(MAP keys=S(STRING) values=S(INT32)) = {s:"a"=>i32:1,s:"b"=>i32:2}' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"string\\"},\\"values\\":{\\"type\\":\\"int32\\"}},\\"payload\\":[[\\"a\\",1]]}"':
    {
      error: 'DataException',
      message: 'Maps with string fields should be encoded as JSON objects, but found ARRAY',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"int32\\"},\\"values\\":{\\"type\\":\\"string\\"}},\\"payload\\":[[1,\\"a\\"],[2,\\"b\\"]]}"':
    { read: 'S(MAP keys=S(INT32) values=S(STRING)) = {i32:1=>s:"a",i32:2=>s:"b"}' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"int32\\"},\\"values\\":{\\"type\\":\\"string\\"}},\\"payload\\":{\\"1\\":\\"a\\"}}"':
    {
      error: 'DataException',
      message: 'Maps with non-string fields should be encoded as JSON array of tuples, but found OBJECT',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"int32\\"},\\"values\\":{\\"type\\":\\"string\\"}},\\"payload\\":[1]}"':
    { error: 'DataException', message: 'Found invalid map entry instead of array tuple: NUMBER' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"int32\\"},\\"values\\":{\\"type\\":\\"string\\"}},\\"payload\\":[[1]]}"':
    { error: 'DataException', message: 'Found invalid map entry, expected length 2 but found :1' },
  'jread "{\\"schema\\":{\\"type\\":\\"map\\",\\"keys\\":{\\"type\\":\\"int32\\"},\\"values\\":{\\"type\\":\\"string\\"}},\\"payload\\":[[1,\\"a\\",2]]}"':
    { error: 'DataException', message: 'Found invalid map entry, expected length 2 but found :3' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\"},\\"payload\\":{}}"': {
    error: 'DataException',
    message: 'Struct schema\'s "fields" argument is not an array.',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":{}},\\"payload\\":{}}"': {
    error: 'DataException',
    message: 'Struct schema\'s "fields" argument is not an array.',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[]},\\"payload\\":{}}"': {
    read: 'S(STRUCT fields=[]) = struct{}',
  },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\"}]},\\"payload\\":{}}"':
    { error: 'DataException', message: "Struct schema's field name not specified properly" },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":5}]},\\"payload\\":{}}"':
    { error: 'DataException', message: "Struct schema's field name not specified properly" },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"},{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"}]},\\"payload\\":{}}"':
    { error: 'SchemaBuilderException', message: 'Cannot create field because of field name duplication a' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"\\"}]},\\"payload\\":{}}"':
    { error: 'SchemaBuilderException', message: 'fieldName cannot be null.' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"}]},\\"payload\\":{}}"':
    { error: 'DataException', message: 'Invalid null value for required INT32 field' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"optional\\":true,\\"field\\":\\"a\\"}]},\\"payload\\":{\\"b\\":1}}"':
    { read: 'S(STRUCT fields=[0:a:S(INT32?)]) = struct{a=null}' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\",\\"default\\":4}]},\\"payload\\":{}}"':
    { read: 'S(STRUCT fields=[0:a:S(INT32 def=i32:4)]) = struct{a=i32:4}' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"}]},\\"payload\\":[1]}"':
    { error: 'DataException', message: 'Structs should be encoded as JSON objects, but found ARRAY' },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"string\\",\\"field\\":\\"a\\"}]},\\"payload\\":{\\"a\\":5}}"':
    {
      error: 'DataException',
      message: 'Invalid value: null used for required field: "a", schema type: STRING',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"}],\\"default\\":{\\"a\\":3}},\\"payload\\":null}"':
    {
      error: 'SchemaBuilderException',
      message: 'Invalid default value',
      cause: 'DataException:Struct schemas do not match.',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"struct\\",\\"fields\\":[{\\"type\\":\\"int32\\",\\"field\\":\\"a\\"}],\\"optional\\":true},\\"payload\\":null}"':
    { read: 'S(STRUCT? fields=[0:a:S(INT32)]) = null' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":12.34}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:1234/2' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":1.5}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:15/1' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":1.50}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:150/2' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":7}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:7/0' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":1e3}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:1/-3' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":\\"BNI=\\"}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal v=1 p={scale=2}) = dec:1234/2' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":\\"\\"}"':
    {
      error: 'DataException',
      message: 'Invalid bytes for Decimal field',
      cause: 'NumberFormatException:Zero length BigInteger',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":\\"!!\\"}"':
    {
      error: 'DataException',
      message: 'Invalid bytes for Decimal field',
      cause:
        "InvalidFormatException:Cannot access contents of TextNode as binary due to broken Base64 encoding: Illegal character '!' (code 0x21) in base64 content",
    },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1,\\"parameters\\":{\\"scale\\":\\"2\\"}},\\"payload\\":true}"':
    {
      error: 'DataException',
      message:
        'Invalid type for Decimal, underlying representation should be numeric or bytes but was BOOLEAN',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"version\\":1},\\"payload\\":\\"BNI=\\"}"':
    {
      error: 'DataException',
      message: 'Invalid bytes for Decimal field',
      cause:
        'NullPointerException:Cannot invoke "java.util.Map.get(Object)" because the return value of "org.apache.kafka.connect.data.Schema.parameters()" is null',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"parameters\\":{\\"scale\\":\\"x\\"}},\\"payload\\":\\"BNI=\\"}"':
    {
      error: 'DataException',
      message: 'Invalid bytes for Decimal field',
      cause: 'DataException:Invalid scale parameter found in Decimal schema: ',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"string\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"parameters\\":{\\"scale\\":\\"1\\"}},\\"payload\\":\\"BNI=\\"}"':
    { read: 'S(STRING n=org.apache.kafka.connect.data.Decimal p={scale=1}) = dec:1234/1' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":19000}"':
    { read: 'S(INT32 n=org.apache.kafka.connect.data.Date v=1) = date:1641600000000' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":-1}"':
    { read: 'S(INT32 n=org.apache.kafka.connect.data.Date v=1) = date:-86400000' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":\\"x\\"}"':
    {
      error: 'DataException',
      message: 'Invalid type for Date, underlying representation should be integer but was STRING',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":1.5}"':
    {
      error: 'DataException',
      message: 'Invalid type for Date, underlying representation should be integer but was NUMBER',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":3000000000}"':
    {
      error: 'DataException',
      message: 'Invalid type for Date, underlying representation should be integer but was NUMBER',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1},\\"payload\\":5}"':
    { read: 'S(INT64 n=org.apache.kafka.connect.data.Date v=1) = date:432000000' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Time\\",\\"version\\":1},\\"payload\\":3723004}"':
    { read: 'S(INT32 n=org.apache.kafka.connect.data.Time v=1) = date:3723004' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Time\\",\\"version\\":1},\\"payload\\":-1}"':
    {
      error: 'DataException',
      message: 'Time values must use number of milliseconds greater than 0 and less than 86400000',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Time\\",\\"version\\":1},\\"payload\\":86400000}"':
    { read: 'S(INT32 n=org.apache.kafka.connect.data.Time v=1) = date:86400000' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Time\\",\\"version\\":1},\\"payload\\":86400001}"':
    {
      error: 'DataException',
      message: 'Time values must use number of milliseconds greater than 0 and less than 86400000',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"name\\":\\"org.apache.kafka.connect.data.Timestamp\\",\\"version\\":1},\\"payload\\":1700000000123}"':
    { read: 'S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1) = date:1700000000123' },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"name\\":\\"org.apache.kafka.connect.data.Timestamp\\",\\"version\\":1},\\"payload\\":1.5}"':
    {
      error: 'DataException',
      message: 'Invalid type for Timestamp, underlying representation should be integral but was NUMBER',
    },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"name\\":\\"org.apache.kafka.connect.data.Timestamp\\",\\"version\\":1},\\"payload\\":-62135596800000}"':
    { read: 'S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1) = date:-62135596800000' },
  'jread "{\\"schema\\":{\\"type\\":\\"int64\\",\\"name\\":\\"org.apache.kafka.connect.data.Timestamp\\",\\"version\\":1,\\"default\\":0},\\"payload\\":null}"':
    { read: 'S(INT64 n=org.apache.kafka.connect.data.Timestamp v=1 def=date:0) = date:0' },
  'jread "{\\"schema\\":{\\"type\\":\\"int32\\",\\"name\\":\\"org.apache.kafka.connect.data.Date\\",\\"version\\":1,\\"default\\":1},\\"payload\\":null}"':
    { read: 'S(INT32 n=org.apache.kafka.connect.data.Date v=1 def=date:86400000) = date:86400000' },
  'jread "{\\"schema\\":{\\"type\\":\\"bytes\\",\\"name\\":\\"org.apache.kafka.connect.data.Decimal\\",\\"parameters\\":{\\"scale\\":\\"2\\"},\\"default\\":\\"AGQ=\\"},\\"payload\\":null}"':
    { read: 'S(BYTES n=org.apache.kafka.connect.data.Decimal p={scale=2} def=dec:100/2) = dec:100/2' },
  'jread "{\\"schema\\":null,\\"payload\\":{\\"a\\":[1,2.5,\\"x\\",null,true]}}"': {
    read: 'null = {s:"a"=>[i64:1,f64:2.5,s:"x",null,b:true]}',
  },
  'jread "{\\"schema\\":null,\\"payload\\":null}"': { read: 'null = null' },
  'jread "{\\"schema\\":null}"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "{\\"payload\\":1}"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "{\\"schema\\":null,\\"payload\\":1,\\"x\\":2}"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "{\\"schema\\":null,\\"schema\\":null}"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "{\\"payload\\":1,\\"schema\\":{\\"type\\":\\"int32\\"}}"': { read: 'S(INT32) = i32:1' },
  'jread "[1]"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "\\"x\\""': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "null"': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread ""': {
    error: 'DataException',
    message:
      'JsonConverter with schemas.enable requires "schema" and "payload" fields and may not contain additional fields. If you are trying to deserialize plain JSON data, set schemas.enable=false in your converter configuration.',
  },
  'jread "{\\"schema\\":5,\\"payload\\":1}"': {
    error: 'DataException',
    message: "Schema must contain 'type' field",
  },
  'jread "{\\"schema\\":\\"int32\\",\\"payload\\":1}"': {
    error: 'DataException',
    message: "Schema must contain 'type' field",
  },
  'jread "{\\"schema\\":[],\\"payload\\":1}"': {
    error: 'DataException',
    message: "Schema must contain 'type' field",
  },
  'jread "not json"': {
    error: 'DataException',
    message: 'Converting byte[] to Kafka Connect data failed due to serialization error: ',
    cause:
      "SerializationException:com.fasterxml.jackson.core.JsonParseException: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
  },
  'jread noreplace default': { read: 'S(INT32? def=i32:5) = null' },
  'jread noreplace required default': {
    error: 'DataException',
    message: 'Invalid null value for required INT32 field',
  },
  'jread null bytes': { read: 'null = null' },
  'jread schemaless obj': { read: 'null = {s:"a"=>{s:"schema"=>i64:1}}' },
  'jread schemaless envelope-like': { read: 'null = {s:"payload"=>i64:1,s:"schema"=>{s:"type"=>s:"int32"}}' },
  'jcfg schemas.enable="maybe"': {
    error: 'ConfigException',
    message:
      'Invalid value maybe for configuration schemas.enable: Expected value to be either true or false',
  },
  'jcfg schemas.enable=" TRUE "': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'jcfg schemas.enable="FALSE"': { ok: '"Dw=="' },
  'jcfg schemas.cache.size="abc"': {
    error: 'ConfigException',
    message: 'Invalid value abc for configuration schemas.cache.size: Not a number of type INT',
  },
  'jcfg schemas.cache.size=" 12 "': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'jcfg schemas.cache.size="-1"': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'jcfg decimal.format="hex"': {
    error: 'ConfigException',
    message:
      'Invalid value hex for configuration decimal.format: String must be one of (case insensitive): NUMERIC, BASE64',
  },
  'jcfg decimal.format="base64"': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'jcfg decimal.format=" NUMERIC "': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":1.5}',
  },
  'jcfg replace.null.with.default="nope"': {
    error: 'ConfigException',
    message:
      'Invalid value nope for configuration replace.null.with.default: Expected value to be either true or false',
  },
  'jcfg unknown.key="x"': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'jcfg converter.type="bogus"': {
    ok: '{"schema":{"type":"bytes","optional":false,"name":"org.apache.kafka.connect.data.Decimal","version":1,"parameters":{"scale":"1"}},"payload":"Dw=="}',
  },
  'sconv enc UTF-8': { text: 'a\u00e9\u4e2d\ud83d\ude00', hex: '61c3a9e4b8adf09f9880' },
  'sconv read UTF-8': { read: 'S(STRING?) = s:"\\ufffd\\ufffd\\u0000a\\u00e9"' },
  'sconv enc utf8': { text: 'a\u00e9\u4e2d\ud83d\ude00', hex: '61c3a9e4b8adf09f9880' },
  'sconv read utf8': { read: 'S(STRING?) = s:"\\ufffd\\ufffd\\u0000a\\u00e9"' },
  'sconv enc UTF-16': { hex: 'feff006100e94e2dd83dde00' },
  'sconv read UTF-16': { read: 'S(STRING?) = s:"a\\uc3a9"' },
  'sconv enc UTF-16BE': { hex: '006100e94e2dd83dde00' },
  'sconv read UTF-16BE': { read: 'S(STRING?) = s:"\\ufeffa\\uc3a9"' },
  'sconv enc UTF-16LE': { hex: '6100e9002d4e3dd800de' },
  'sconv read UTF-16LE': { read: 'S(STRING?) = s:"\\ufffe\\u6100\\ua9c3"' },
  'sconv enc ISO-8859-1': { hex: '61e93f3f' },
  'sconv read ISO-8859-1': { read: 'S(STRING?) = s:"\\u00fe\\u00ff\\u0000a\\u00c3\\u00a9"' },
  'sconv enc latin1': { hex: '61e93f3f' },
  'sconv read latin1': { read: 'S(STRING?) = s:"\\u00fe\\u00ff\\u0000a\\u00c3\\u00a9"' },
  'sconv enc US-ASCII': { text: 'a???', hex: '613f3f3f' },
  'sconv read US-ASCII': { read: 'S(STRING?) = s:"\\ufffd\\ufffd\\u0000a\\ufffd\\ufffd"' },
  'sconv enc ascii': { text: 'a???', hex: '613f3f3f' },
  'sconv read ascii': { read: 'S(STRING?) = s:"\\ufffd\\ufffd\\u0000a\\ufffd\\ufffd"' },
  'sconv enc windows-1252': { hex: '61e93f3f' },
  'sconv read windows-1252': { read: 'S(STRING?) = s:"\\u00fe\\u00ff\\u0000a\\u00c3\\u00a9"' },
  'sconv enc bogus': {
    error: 'SerializationException',
    message: 'Unsupported encoding bogus',
    cause: 'UnsupportedCharsetException:bogus',
  },
  'sconv enc UTF-32': { hex: '00000061000000e900004e2d0001f600' },
  'sconv read UTF-32': { read: 'S(STRING?) = s:"\\ufffd\\ufffd"' },
  'sconv write String:plain': { text: 'plain' },
  'sconv write Integer:42': { text: '42' },
  'sconv write Long:42': { text: '42' },
  'sconv write Double:1.0': { text: '1.0' },
  'sconv write Float:1.0': { text: '1.0' },
  'sconv write Float:0.1': { text: '0.1' },
  'sconv write Double:1.0E10': { text: '1.0E10' },
  'sconv write Boolean:true': { text: 'true' },
  'sconv write Byte:3': { text: '3' },
  'sconv write Short:4': { text: '4' },
  'sconv write null': { null: true },
  'sconv write ArrayList:[1, a, null, 2.5]': { text: '[1, a, null, 2.5]' },
  'sconv write LinkedHashMap:{a=1, b=[x]}': { text: '{a=1, b=[x]}' },
  'sconv write BigDecimal:1.50': { text: '1.50' },
  'sconv write BigDecimal:1E+3': { text: '1E+3' },
  'sconv write Struct:Struct{a=2.5}': { text: 'Struct{a=2.5}' },
  'sconv write Struct:Struct{a=2.5,b=false}': { text: 'Struct{a=2.5,b=false}' },
  'sconv write Struct:Struct{id=1,tags=[x]}': { text: 'Struct{id=1,tags=[x]}' },
  'sconv write Character:c': { text: 'c' },
  'sconv read null': { read: 'S(STRING?) = null' },
  'sconv read invalid utf8': { read: 'S(STRING?) = s:"a\\ufffdb\\ufffdc\\ufffdd\\ufffd"' },
  'sconv read empty': { read: 'S(STRING?) = s:""' },
  'sconv key override': { text: 'a\u0000b\u0000', hex: '61006200' },
  'sconv key override read': { read: 'S(STRING?) = s:"ab"' },
  'sconv value ignores key override': { text: 'ab' },
  'bconv bytes': { text: '\u0001\u0002' },
  'bconv null schema': { text: '\u0001\u0002' },
  'bconv null': { null: true },
  'bconv string schema': {
    error: 'DataException',
    message: 'Invalid schema type for ByteArrayConverter: STRING',
  },
  'bconv string value': {
    error: 'DataException',
    message: 'ByteArrayConverter is not compatible with objects of type class java.lang.String',
  },
  'bconv int value': {
    error: 'DataException',
    message: 'ByteArrayConverter is not compatible with objects of type class java.lang.Integer',
  },
  'bconv decimal schema': { text: '\u0001' },
  'bconv struct schema': {
    error: 'DataException',
    message: 'Invalid schema type for ByteArrayConverter: STRUCT',
  },
  'bconv read': { read: 'S(BYTES?) = x:010203' },
  'bconv read null': { read: 'S(BYTES?) = null' },
};
