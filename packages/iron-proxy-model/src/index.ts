export { ModelError } from './errors.js';
export type { Upstream } from './forward.js';
export { buildPipeline } from './pipeline.js';
export type { ProxiedRequest, ProxyResponse, Transform } from './request.js';
export {
  type IronProxyModel,
  type IronProxyModelOptions,
  type ProxyLogEntry,
  startIronProxyModel,
} from './startIronProxyModel.js';
