// Matches a request to a route across all simulators (several may share a prefix: the nettbank
// lives under /bank/v1/nettbank). Patterns are path-to-regexp v8, relative to the prefix.
import { match as compile } from 'path-to-regexp';
import type { MatchFunction } from 'path-to-regexp';
import type { Route, Simulator } from './types.ts';

interface CompiledRoute {
  route: Route;
  matcher: MatchFunction<Record<string, string>>;
}

export type RouteMatch =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method'; allowed: string[] }
  | { kind: 'none' };

export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(simulators: readonly Simulator[]) {
    this.compiled = simulators.flatMap((simulator) =>
      simulator.routes.map((route) => ({
        route,
        matcher: compile<Record<string, string>>(`${simulator.prefix}${route.path}`, {
          decode: decodeURIComponent,
        }),
      })),
    );
  }

  match(method: string, pathname: string): RouteMatch {
    const allowed: string[] = [];
    for (const { route, matcher } of this.compiled) {
      let result: ReturnType<typeof matcher>;
      try {
        result = matcher(pathname);
      } catch {
        // A malformed percent-escape in the path: no route can match it.
        return { kind: 'none' };
      }
      if (!result) continue;
      if (route.method === method) return { kind: 'route', route, params: result.params };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'method', allowed: [...new Set(allowed)] } : { kind: 'none' };
  }
}
