/** The JSON layer: a Jackson-compatible tree, parser and writer. */

export { Base64DecodeError, decodeJacksonBase64, encodeBase64 } from './base64.ts';
export { detectJsonEncoding, readJacksonTree } from './jackson-read.ts';
export { javaBigDecimalToString, javaDoubleToString, javaFloatToString } from './java-number-format.ts';
export * from './node.ts';
export { JsonParseError, type ParseJsonOptions, parseJsonNode, parseJsonNodeOrEmpty } from './parse.ts';
export { quoteJsonString, writeJsonNode, writeJsonNodeUtf8 } from './write.ts';
