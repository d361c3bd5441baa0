import type { ContainerType } from 'type-graphql';

/**
 * The one instance of each resolver class, for type-graphql (as its container) and for the direct
 * resolvers (direct-resolvers.ts) alike. type-graphql's default container looks the class up in an
 * array on every field value.
 */
export class ResolverInstances implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();

  get<T>(resolverClass: new () => T): T {
    let instance = this.instances.get(resolverClass) as T | undefined;
    if (instance === undefined) {
      instance = new resolverClass();
      this.instances.set(resolverClass, instance);
    }
    return instance;
  }
}
