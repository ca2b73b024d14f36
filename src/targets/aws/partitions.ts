/**
 * AWS partitions as far as STS web-identity federation cares (docs/protocols.md §3.1, §3.5): the
 * regions that belong to each, the regional STS endpoint (never the global one), and the audience
 * IAM expects by default.
 */
export interface AwsPartition {
  name: 'aws' | 'aws-cn' | 'aws-us-gov';
  regionPattern: RegExp;
  stsEndpoint: (region: string) => string;
  defaultAudience: string;
}

export const AWS_PARTITIONS: readonly AwsPartition[] = [
  {
    name: 'aws',
    regionPattern: /^(?!cn-|us-gov-)[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
    stsEndpoint: (region) => `https://sts.${region}.amazonaws.com`,
    defaultAudience: 'sts.amazonaws.com',
  },
  {
    name: 'aws-cn',
    regionPattern: /^cn-[a-z]+-\d{1,2}$/,
    stsEndpoint: (region) => `https://sts.${region}.amazonaws.com.cn`,
    defaultAudience: 'sts.amazonaws.com.cn',
  },
  {
    name: 'aws-us-gov',
    regionPattern: /^us-gov-[a-z]+-\d{1,2}$/,
    // The regional GovCloud endpoints are FIPS endpoints already.
    stsEndpoint: (region) => `https://sts.${region}.amazonaws.com`,
    defaultAudience: 'sts.amazonaws.com',
  },
];

export function findPartition(name: string): AwsPartition | undefined {
  return AWS_PARTITIONS.find((p) => p.name === name);
}
