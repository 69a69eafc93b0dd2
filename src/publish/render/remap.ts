/** Moving findings from a rendered manifest to the source files that produced it. */
import type { Finding, JsonPath, Location, ObjectRef } from '../../model/types.js';

/**
 * A remapper for findings on `rendered` (a virtual file): `locate` says where a node of a rendered
 * object comes from. Related locations move too; the rendered location is kept as a related one.
 */
export function remapper(rendered: string, label: string, locate: (ref: ObjectRef, path: JsonPath) => Location | undefined): (f: Finding) => Finding {
  return (f) => {
    if (f.location.file !== rendered || !f.object) return f;
    const to = locate(f.object, f.path);
    const related = f.related.map((r) => {
      if (r.location.file !== rendered || !r.object || !r.path) return r;
      const loc = locate(r.object, r.path);
      return loc ? { ...r, location: loc } : r;
    });
    if (!to) return { ...f, related };
    return { ...f, location: to, related: [...related, { label, location: f.location }] };
  };
}
