import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/api/contract';

/**
 * Exposes the typed API as `window.api`: one function per channel of the contract. The renderer never
 * sees ipcRenderer itself.
 */
const api = Object.fromEntries(channels.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke('api', channel, input ?? {})]));
contextBridge.exposeInMainWorld('api', Object.freeze(api));
