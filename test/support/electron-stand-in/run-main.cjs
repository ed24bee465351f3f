// Runs the built Electron main bundle (dist-electron/main.cjs) in plain Node with the stand-in `electron`
// module, as a child process of the test (fork: messages over the IPC channel). The test sends what the
// page's ipcRenderer.invoke would send, and answers for native dialogs; this process sends back every
// record the stand-in makes (windows, dialogs, shell.openPath, notifications).
'use strict';
const Module = require('node:module');
const { join } = require('node:path');

const standIn = join(__dirname, 'electron.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? standIn : resolve.call(this, request, ...rest);
};
const { __standIn: state, app } = require('electron');

process.on('message', async (msg) => {
  if (msg.type === 'invoke') {
    // What Electron does for ipcRenderer.invoke: the registered handler, or a rejection naming the channel.
    const handler = state.handlers.get(msg.channel);
    if (!handler) return process.send({ type: 'reply', id: msg.id, error: `No handler registered for '${msg.channel}'` });
    const win = state.windows[0];
    const event = { sender: win?.webContents, senderFrame: { url: msg.senderUrl } };
    try {
      process.send({ type: 'reply', id: msg.id, result: await handler(event, ...msg.args) });
    } catch (err) {
      process.send({ type: 'reply', id: msg.id, error: String(err?.message ?? err) });
    }
  } else if (msg.type === 'dialog-answer') {
    state.dialogAnswers.push(msg.answer);
  } else if (msg.type === 'protocol') {
    // A request the page made to a scheme main registered with protocol.handle (app://…).
    const handler = state.protocols.get(msg.scheme);
    if (!handler) return process.send({ type: 'reply', id: msg.id, error: `No protocol handler for ${msg.scheme}:` });
    const res = await handler(new Request(msg.url, { method: msg.method, headers: msg.headers }));
    const body = Buffer.from(await res.arrayBuffer()).toString('base64');
    process.send({ type: 'reply', id: msg.id, result: { status: res.status, headers: Object.fromEntries(res.headers), body } });
  } else if (msg.type === 'close') {
    // The last window closed: main closes the tracker, then quits.
    for (const l of app.listeners('window-all-closed')) await l();
    process.send({ type: 'closed' });
    setTimeout(() => process.exit(0), 100);
  }
});

process.on('unhandledRejection', (err) => state.report('error', { message: String(err?.stack ?? err) }));
require(process.env.STAND_IN_MAIN);
// main registers its handlers and loads the window once app.whenReady resolves; tell the test when.
const started = setInterval(() => {
  if (state.windows.length && state.handlers.size) {
    clearInterval(started);
    process.send({ type: 'ready', channels: [...state.handlers.keys()], schemes: [...state.protocols.keys()] });
  }
}, 20);
