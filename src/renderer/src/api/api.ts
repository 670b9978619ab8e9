import { contract, type Contract, type Events } from '../../../shared/contract';
import { createApi, type Api } from '../../../shared/rpc/client';
import { createHttpTransport } from './http-transport';

export type ArchiveApi = Api<Contract, Events>;

/** The desktop app talks over the preload's bridge; a browser talks to `muragat serve`. */
export const api: ArchiveApi = createApi(contract, window.muragat ?? createHttpTransport());
