/** Types of the kafkajs 2.2.4 internal modules null-header-values.ts uses (CommonJS, untyped upstream). */
declare module 'kafkajs/src/protocol/encoder.js' {
  interface EncoderInstance {
    readonly buffer: Buffer;
    writeVarInt(value: number): EncoderInstance;
    writeInt8(value: number): EncoderInstance;
    writeVarLong(value: unknown): EncoderInstance;
    writeVarIntBytes(value: unknown): EncoderInstance;
    writeVarIntArray(values: EncoderInstance[]): EncoderInstance;
  }
  const Encoder: {
    new (): EncoderInstance;
    sizeOfVarInt(value: number): number;
    sizeOfVarLong(value: unknown): number;
    sizeOfVarIntBytes(value: unknown): number;
  };
  export default Encoder;
}

declare module 'kafkajs/src/protocol/recordBatch/header/v0/index.js' {
  import type Encoder from 'kafkajs/src/protocol/encoder.js';

  const encodeHeader: (header: {
    key: string;
    value: Buffer | string | null;
  }) => InstanceType<typeof Encoder>;
  export default encodeHeader;
}
