import { type Node as YamlNode } from 'yaml';
export declare const isScalarish: (n: YamlNode) => boolean;
export declare const isCollection: (n: YamlNode) => boolean;
