import { isAlias, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

export const isScalarish = (n: YamlNode): boolean => isScalar(n) || isAlias(n);
export const isCollection = (n: YamlNode): boolean => isMap(n) || isSeq(n);
