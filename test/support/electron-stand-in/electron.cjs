// A stand-in for the `electron` module (the binary cannot be downloaded here), just large enough for
// electron/main.ts and electron/preload.ts: every call the app makes is either answered the way Electron
// would or recorded, and the records go back to the test (run-main.cjs). Main-process half only; the
// renderer half (contextBridge, ipcRenderer) is provided in the page by desktop-bridge.ts.
'use strict';
const { EventEmitter } = require('node:events');

const state = {
  appPath: process.env.STAND_IN_APP_PATH,
  userData: process.env.STAND_IN_USER_DATA,
  /** Answers for dialog.showOpenDialog, in order; the test queues them. */
  dialogAnswers: [],
  handlers: new Map(),
  windows: [],
  protocols: new Map(),
  privilegedSchemes: [],
  report: (kind, detail) => process.send?.({ type: 'record', kind, detail }),
};

const app = new EventEmitter();
Object.assign(app, {
  getAppPath: () => state.appPath,
  getPath: (name) => {
    if (name === 'userData') return state.userData;
    throw new Error(`stand-in app.getPath: ${name} not supported`);
  },
  getVersion: () => require(`${state.appPath}/package.json`).version,
  whenReady: () => Promise.resolve(),
  isReady: () => true,
  quit: () => state.report('app.quit', {}),
  requestSingleInstanceLock: () => true,
});

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = undefined;
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    state.windows.push(this);
    state.report('window.created', { webPreferences: options?.webPreferences ?? {} });
  }
  async loadFile(file) {
    state.report('window.load', { file });
    this.emit('ready-to-show');
  }
  async loadURL(url) {
    state.report('window.load', { url });
    this.emit('ready-to-show');
  }
  show() {
    state.report('window.show', {});
  }
  isDestroyed() {
    return false;
  }
  static getAllWindows() {
    return state.windows;
  }
}

const ipcMain = {
  handle(channel, handler) {
    if (state.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.handlers.set(channel, handler);
  },
  removeHandler: (channel) => state.handlers.delete(channel),
  on: () => ipcMain,
};

const dialog = {
  async showOpenDialog(winOrOptions, maybeOptions) {
    const options = maybeOptions ?? winOrOptions;
    state.report('dialog.showOpenDialog', { options });
    const answer = state.dialogAnswers.shift();
    if (!answer) throw new Error(`stand-in dialog: no answer queued for "${options?.title}"`);
    return answer;
  },
  async showSaveDialog(_win, options) {
    state.report('dialog.showSaveDialog', { options: options ?? _win });
    return { canceled: true };
  },
  async showMessageBox() {
    return { response: 0 };
  },
};

class Notification {
  constructor(options) {
    this.options = options;
  }
  static isSupported() {
    return true;
  }
  show() {
    state.report('notification', this.options);
  }
}

const shell = {
  async openPath(path) {
    state.report('shell.openPath', { path });
    return '';
  },
  showItemInFolder: (path) => state.report('shell.showItemInFolder', { path }),
  openExternal: async (url) => state.report('shell.openExternal', { url }),
};

// Reversible "encryption" so a value stored through it is visibly not plain text but round-trips.
const safeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`stand-in:${Buffer.from(text, 'utf8').toString('base64')}`),
  decryptString: (buf) => Buffer.from(buf.toString().replace(/^stand-in:/, ''), 'base64').toString('utf8'),
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) => state.privilegedSchemes.push(...schemes),
  handle: (scheme, handler) => state.protocols.set(scheme, handler),
  unhandle: (scheme) => state.protocols.delete(scheme),
  isProtocolHandled: (scheme) => state.protocols.has(scheme),
};

const defaultSession = {
  setPermissionRequestHandler: () => undefined,
  setPermissionCheckHandler: () => undefined,
  webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
  protocol,
};

const powerMonitor = new EventEmitter();

// The renderer half exists only so `require('electron')` resolves for code that imports both halves;
// the page gets its own (desktop-bridge.ts).
const contextBridge = { exposeInMainWorld: () => undefined };
const ipcRenderer = { invoke: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'ipcRenderer in the main process' } }) };

module.exports = {
  app,
  BrowserWindow,
  ipcMain,
  dialog,
  Notification,
  shell,
  safeStorage,
  protocol,
  session: { defaultSession },
  powerMonitor,
  contextBridge,
  ipcRenderer,
  __standIn: state,
};
