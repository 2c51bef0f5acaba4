/**
 * Expected outputs produced by Apache Kafka Connect 4.1.1 (connect-json / connect-runtime jars, Jackson 2.19,
 * JDK 25) for the inputs named by each key. Generated data: do not edit by hand.
 */
import type { Vector } from '../json/vector-support.ts';

export const CODEC_VECTORS: Readonly<Record<string, Vector>> = {
  'cfg connector': {
    text: '{"properties":{"connector.class":"org.apache.kafka.connect.file.FileStreamSourceConnector","tasks.max":"1","file":"/tmp/\u00fc \\"x\\".txt","topic":"t","name":"my-conn"}}',
  },
  'cfg connector null value': { text: '{"properties":{"a":null,"b":""}}' },
  'cfg connector empty': { text: '{"properties":{}}' },
  'cfg target-state STARTED': { text: '{"state":"STARTED","state.v2":"STARTED"}' },
  'cfg target-state PAUSED': { text: '{"state":"PAUSED","state.v2":"PAUSED"}' },
  'cfg target-state STOPPED': { text: '{"state":"PAUSED","state.v2":"STOPPED"}' },
  'cfg task': {
    text: '{"properties":{"task.class":"org.apache.kafka.connect.file.FileStreamSourceTask","topic":"t","batch.size":"2000"}}',
  },
  'cfg commit': { text: '{"tasks":3}' },
  'cfg commit 0': { text: '{"tasks":0}' },
  'cfg task-count': { text: '{"task-count":2}' },
  'cfg session-key': {
    text: '{"key":"AQIDBAUGBwgJCgsMDQ4PEPr7","algorithm":"HmacSHA256","creation-timestamp":1700000000000}',
  },
  'cfg restart false false': { text: '{"include-tasks":false,"only-failed":false}' },
  'cfg restart false true': { text: '{"include-tasks":false,"only-failed":true}' },
  'cfg restart true false': { text: '{"include-tasks":true,"only-failed":false}' },
  'cfg restart true true': { text: '{"include-tasks":true,"only-failed":true}' },
  'cfg logger': { text: '{"level":"DEBUG"}' },
  'status connector running': {
    text: '{"state":"RUNNING","trace":null,"worker_id":"10.0.0.1:8083","generation":7,"version":"4.1.1"}',
  },
  'status connector running nover': {
    text: '{"state":"RUNNING","trace":null,"worker_id":"10.0.0.1:8083","generation":7,"version":null}',
  },
  'status connector failed': {
    text: '{"state":"FAILED","trace":"org.apache.kafka.connect.errors.ConnectException: boom\\n\\tat X.y(X.java:1)\\n","worker_id":"w:8083","generation":2,"version":null}',
  },
  'status task unassigned': {
    text: '{"state":"UNASSIGNED","trace":null,"worker_id":"w:8083","generation":0,"version":"1.0"}',
  },
  'status connector stopped': {
    text: '{"state":"STOPPED","trace":null,"worker_id":"w:8083","generation":2147483647,"version":null}',
  },
  'status topic': {
    text: '{"topic":{"name":"orders.v1","connector":"my-conn","task":2,"discoverTimestamp":1700000000123}}',
  },
  'offset key single': { text: '["file-src",{"filename":"/tmp/a.txt"}]' },
  'offset value position': { text: '{"position":30}' },
  'offset key hashmap': { text: '["jdbc",{"partition":3,"topic":"orders","db":"x"}]' },
  'offset value mixed': {
    text: '{"i":1,"l":9007199254740993,"d":1.0,"f":0.5,"s":"x","b":true,"n":null,"bytes":"AQ=="}',
  },
  'offset key null partition': { text: '["c",null]' },
  'offset key empty partition': { text: '["c",{}]' },
  'offset value null': { null: true },
  'offset read key': { read: 'null = [s:"file-src",{s:"filename"=>s:"/tmp/a.txt"}]' },
  'offset read value': {
    read: 'null = {s:"b"=>b:false,s:"d"=>f64:1.0,s:"n"=>null,s:"position"=>i64:30,s:"s"=>s:"x"}',
  },
};
