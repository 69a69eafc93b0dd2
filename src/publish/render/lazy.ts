/**
 * The renderers (helm template, kustomize build) and the remapping of their findings, loaded only
 * when a chart or an overlay is to be rendered: most scans render nothing, and these modules are
 * a tenth of what the CLI and the Action would otherwise compile at start-up.
 */
export async function loadRendering() {
  const [{ renderHelm }, { renderKustomize }, { remapAll }] = await Promise.all([import('./helm.js'), import('./kustomize.js'), import('./remap.js')]);
  return { renderHelm, renderKustomize, remapAll };
}
