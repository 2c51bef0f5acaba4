/** Filter: drops every record (meant to be used with a predicate). */
import { ConfigDef } from '../config/config-def.ts';
import { lazyConfigDef, TRANSFORMS_PACKAGE, transformation } from './plugin.ts';

export const FILTER_CLASS = `${TRANSFORMS_PACKAGE}.Filter`;

export const filterConfigDef = lazyConfigDef(() => new ConfigDef());

export const FILTER = transformation(FILTER_CLASS, filterConfigDef, () => ({ apply: () => null }));
