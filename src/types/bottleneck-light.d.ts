/** `bottleneck/light.js` (what @octokit/plugin-throttling uses) has the main entry's types, without Redis. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
