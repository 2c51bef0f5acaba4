/** Inputs to validate against each plugin's own definition (`config().validate(props)`), beside `{}`. */
export const CONFIG_DEF_INPUTS: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>> = {
  'org.apache.kafka.connect.transforms.Cast$Value': [
    { spec: 'a:int8,b' },
    { spec: 'x:nope', 'replace.null.with.default': 'no' },
  ],
  'org.apache.kafka.connect.transforms.ExtractField$Value': [{ field: 'a', 'field.syntax.version': 'v3' }],
  'org.apache.kafka.connect.transforms.HeaderFrom$Value': [{ fields: '', headers: 'a', operation: 'swap' }],
  'org.apache.kafka.connect.transforms.MaskField$Value': [{ fields: 'a', replacement: '' }],
  'org.apache.kafka.connect.transforms.RegexRouter': [{ regex: '[', replacement: 'x' }],
  'org.apache.kafka.connect.transforms.ReplaceField$Value': [{ renames: 'a:b,c' }],
  'org.apache.kafka.connect.transforms.SetSchemaMetadata$Value': [{ 'schema.version': '1.5' }],
  'org.apache.kafka.connect.transforms.TimestampConverter$Value': [
    { 'target.type': 'Unix', 'unix.precision': 'ms' },
  ],
  'org.apache.kafka.connect.transforms.predicates.TopicNameMatches': [{ pattern: '' }, { pattern: '*' }],
  'org.apache.kafka.connect.transforms.predicates.HasHeaderKey': [{ name: '' }],
};
