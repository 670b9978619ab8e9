/**
 * A small fake of the parts of the 'electron' module Muragat uses. It records what the code
 * under test asked for (window options, handlers, privileged schemes…) and lets a test play
 * Chromium's part (attempt a navigation, ask for a permission, send an IPC message).
 *
 * Where Electron has a default (no window-open handler → the window opens; no permission
 * handler → granted), the fake follows it, so a missing hardening step shows up as a failure.
 *
 * Use it with vi.hoisted, so the same instance is both the mocked module and what the test sees:
 *   const { fake } = await vi.hoisted(async () => ({ fake: (await import('./fake-electron')).createFakeElectron() }));
 *   vi.mock('electron', () => fake.module);
 */
import { EventEmitter } from 'node:events';
import type {
  App,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  CallbackResponse,
  CustomScheme,
  HandlerDetails,
  IpcMain,
  IpcMainInvokeEvent,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  OnBeforeRequestListenerDetails,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Session,
  WebContents,
  WebFrameMain,
  WindowOpenHandlerResponse,
} from 'electron';

/** Electron's own handler types, taken from its declarations so a drift in them shows here. */
export type PermissionRequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
export type PermissionCheckHandler = NonNullable<Parameters<Session['setPermissionCheckHandler']>[0]>;
export type Permission = Parameters<PermissionRequestHandler>[1];
export type CheckedPermission = Parameters<PermissionCheckHandler>[1];
type BeforeRequestListener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;
type WindowOpenHandler = (details: HandlerDetails) => WindowOpenHandlerResponse;
type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** An Electron-style event: its fields plus preventDefault. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(fields: T): T & FakeEvent {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** A frame as an IPC event names it: its URL and its parent (null for a top-level frame). */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export const fakeFrame = (url: string, parent: FakeFrame | null = null): FakeFrame => ({ url, parent });

/** The event ipcMain.handle's listener receives, for a message sent from `senderFrame`. */
export const invokeEvent = (senderFrame: FakeFrame | null): IpcMainInvokeEvent =>
  ({ senderFrame, frameId: 1, processId: 1 }) as unknown as IpcMainInvokeEvent;

export class FakeWebContents extends EventEmitter {
  private static lastId = 0;
  readonly id = ++FakeWebContents.lastId;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: WindowOpenHandler | undefined;
  destroyed = false;

  constructor(public url = '') {
    super();
  }

  getURL(): string {
    return this.url;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  send(channel: string, ...args: unknown[]): void {
    // Electron throws when sending to destroyed contents; so does the fake.
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }

  /** The page tries to navigate its main frame: true when a listener prevented it. */
  attemptNavigation(url: string): boolean {
    return this.emitPreventable('will-navigate', url);
  }

  /** A server redirect during navigation: true when a listener prevented it. */
  attemptRedirect(url: string): boolean {
    return this.emitPreventable('will-redirect', url);
  }

  /** The page adds a <webview>: true when a listener prevented it. */
  attemptAttachWebview(src: string): boolean {
    const event = fakeEvent({});
    const webPreferences = { nodeIntegration: true };
    this.emit('will-attach-webview', event, webPreferences, { src });
    return event.defaultPrevented;
  }

  /** window.open(url): what the handler decided; Electron's default without one is to allow. */
  attemptWindowOpen(url: string): WindowOpenHandlerResponse {
    const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } };
    return this.windowOpenHandler ? this.windowOpenHandler(details as HandlerDetails) : { action: 'allow' };
  }

  private emitPreventable(name: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = fakeEvent({ url, isSameDocument: false, isMainFrame: true, frame: null, initiator: null });
    // Electron still passes the deprecated positional arguments after the event.
    this.emit(name, event, url, false, true, 1, 1);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  visible = false;
  minimized = false;
  focusCount = 0;
  restoreCount = 0;
  destroyed = false;

  constructor(readonly options: BrowserWindowConstructorOptions = {}) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.visible = true;
  }

  focus(): void {
    this.focusCount += 1;
  }

  restore(): void {
    this.minimized = false;
    this.restoreCount += 1;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeApp extends EventEmitter {
  singleInstanceLock = true;
  isPackaged = false;
  locale = 'en-US';
  preferredLanguages: string[] = ['en-US'];
  readonly paths = new Map<string, string>();
  readonly exitCodes: number[] = [];
  quitCount = 0;
  /** Set once quit was not prevented by a will-quit listener. */
  quitted = false;
  ready = false;
  private resolveReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.resolveReady = resolve;
  });

  constructor(private readonly log: string[]) {
    super();
  }

  requestSingleInstanceLock(): boolean {
    this.log.push('app.requestSingleInstanceLock');
    return this.singleInstanceLock;
  }

  whenReady(): Promise<void> {
    this.log.push('app.whenReady');
    return this.readyPromise;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Plays Electron becoming ready: whenReady() resolves now, not before. */
  becomeReady(): void {
    this.ready = true;
    this.log.push('app.ready');
    this.resolveReady();
    this.emit('ready');
  }

  /** Like Electron: will-quit is emitted, and a listener may prevent the quit. */
  quit(): void {
    this.log.push('app.quit');
    this.quitCount += 1;
    const event = fakeEvent({});
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }

  exit(code = 0): void {
    this.log.push('app.exit');
    this.exitCodes.push(code);
  }

  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`fake app: no path set for "${name}"`);
    return path;
  }

  getVersion(): string {
    return '0.0.0-test';
  }

  getLocale(): string {
    return this.locale;
  }

  getPreferredSystemLanguages(): string[] {
    return this.preferredLanguages;
  }
}

export class FakeProtocol {
  readonly privileged: CustomScheme[] = [];
  readonly handlers = new Map<string, ProtocolHandler>();

  constructor(private readonly log: string[]) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    this.log.push('protocol.registerSchemesAsPrivileged');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    this.log.push(`protocol.handle:${scheme}`);
    // Electron refuses a second handler for the same scheme.
    if (this.handlers.has(scheme)) throw new Error(`fake protocol: ${scheme} is already handled`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** Plays Chromium fetching `request` through the handler registered for its scheme. */
  async fetch(request: Request): Promise<Response> {
    const scheme = new URL(request.url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`fake protocol: nothing handles ${scheme}:`);
    return handler(request);
  }
}

export class FakeWebRequest {
  beforeRequest: { filter: unknown; listener: BeforeRequestListener } | undefined;

  onBeforeRequest(filterOrListener: unknown, maybeListener?: BeforeRequestListener | null): void {
    if (typeof filterOrListener === 'function') {
      this.beforeRequest = { filter: undefined, listener: filterOrListener as BeforeRequestListener };
    } else {
      this.beforeRequest = maybeListener ? { filter: filterOrListener, listener: maybeListener } : undefined;
    }
  }

  /** What the listener answered for a request to `url`; Electron's default with no listener lets it through. */
  async decide(url: string, resourceType: OnBeforeRequestListenerDetails['resourceType'] = 'xhr'): Promise<CallbackResponse[]> {
    const registered = this.beforeRequest;
    if (!registered) return [{}];
    const answers: CallbackResponse[] = [];
    const details = { id: 1, url, method: 'GET', resourceType, referrer: '', timestamp: Date.now(), uploadData: [] };
    registered.listener(details, (response) => answers.push(response));
    // Give an asynchronous listener its chance to answer, as Chromium would wait for it.
    await new Promise((resolve) => setImmediate(resolve));
    return answers;
  }
}

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null | undefined;
  permissionCheckHandler: PermissionCheckHandler | null | undefined;
  readonly webRequest = new FakeWebRequest();

  constructor(
    readonly protocol: FakeProtocol,
    private readonly log: string[],
  ) {}

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.log.push('session.setPermissionRequestHandler');
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.log.push('session.setPermissionCheckHandler');
    this.permissionCheckHandler = handler;
  }

  /** Every answer the request handler gave (Electron grants when there is no handler). */
  async requestPermission(permission: Permission, contents = new FakeWebContents('muragat://app/index.html')): Promise<boolean[]> {
    const handler = this.permissionRequestHandler;
    if (!handler) return [true];
    const answers: boolean[] = [];
    const details = { requestingUrl: contents.url, isMainFrame: true };
    handler(asWebContents(contents), permission, (granted) => answers.push(granted), details);
    await new Promise((resolve) => setImmediate(resolve));
    return answers;
  }

  /** What the check handler answers (Electron grants when there is no handler). */
  checkPermission(permission: CheckedPermission, origin = 'muragat://app', contents: FakeWebContents | null = null): boolean {
    const handler = this.permissionCheckHandler;
    if (!handler) return true;
    const details = { requestingUrl: `${origin}/index.html`, isMainFrame: true, embeddingOrigin: origin };
    return handler(contents && asWebContents(contents), permission, origin, details);
  }
}

export class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  handle(channel: string, handler: InvokeHandler): void {
    // Electron throws on a second handler for one channel; a double bind must not pass silently.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Plays a renderer's ipcRenderer.invoke arriving from `senderFrame`. */
  async invoke(channel: string, senderFrame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(invokeEvent(senderFrame), ...args);
  }
}

export class FakeIpcRenderer extends EventEmitter {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  /** What main answers to an invoke; a test may replace it. */
  reply: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return Promise.resolve(this.reply(channel, args));
  }

  send(channel: string): never {
    throw new Error(`fake ipcRenderer: send(${channel}) is not part of the contract transport`);
  }

  sendSync(channel: string): never {
    throw new Error(`fake ipcRenderer: sendSync(${channel}) is not part of the contract transport`);
  }
}

export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    this.exposed.set(key, api);
  }
}

export interface FakeMenu {
  readonly template: MenuItemConstructorOptions[];
}

export class FakeMenuModule {
  applicationMenu: FakeMenu | null | undefined;
  readonly built: FakeMenu[] = [];

  buildFromTemplate(template: MenuItemConstructorOptions[]): FakeMenu {
    const menu: FakeMenu = { template };
    this.built.push(menu);
    return menu;
  }

  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  }
}

/** Electron's webUtils: a File from the page has the path the test gave it, anything else throws. */
export class FakeWebUtils {
  readonly paths = new Map<unknown, string>();

  getPathForFile(file: unknown): string {
    const path = this.paths.get(file);
    if (path === undefined) throw new TypeError('Error processing argument at index 0, conversion failure');
    return path;
  }
}

export class FakeDialog {
  readonly openDialogs: OpenDialogOptions[] = [];
  readonly messageBoxes: MessageBoxOptions[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  /** What the user picks in the next open dialogs; a test sets it. */
  nextOpen: OpenDialogReturnValue = { canceled: true, filePaths: [] };

  showOpenDialog(windowOrOptions: unknown, maybeOptions?: OpenDialogOptions): Promise<OpenDialogReturnValue> {
    const options = maybeOptions ?? (windowOrOptions as OpenDialogOptions);
    this.openDialogs.push(options);
    return Promise.resolve(this.nextOpen);
  }

  showMessageBox(windowOrOptions: unknown, maybeOptions?: MessageBoxOptions): Promise<{ response: number; checkboxChecked: boolean }> {
    const options = maybeOptions ?? (windowOrOptions as MessageBoxOptions);
    this.messageBoxes.push(options);
    return Promise.resolve({ response: 0, checkboxChecked: false });
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

export interface FakeBrowserWindowClass {
  new (options?: BrowserWindowConstructorOptions): FakeBrowserWindow;
  getAllWindows(): FakeBrowserWindow[];
}

/** One fake Electron: every module object shares a call log and a list of windows. */
export class FakeElectron {
  /** The order in which lifecycle-relevant calls happened. */
  readonly log: string[] = [];
  readonly windows: FakeBrowserWindow[] = [];
  app = new FakeApp(this.log);
  protocol = new FakeProtocol(this.log);
  session = new FakeSession(this.protocol, this.log);
  ipcMain = new FakeIpcMain();
  ipcRenderer = new FakeIpcRenderer();
  webUtils = new FakeWebUtils();
  contextBridge = new FakeContextBridge();
  Menu = new FakeMenuModule();
  dialog = new FakeDialog();
  readonly BrowserWindow: FakeBrowserWindowClass;

  constructor() {
    const windows = this.windows;
    const fake = () => this;
    this.BrowserWindow = class extends FakeBrowserWindow {
      constructor(options?: BrowserWindowConstructorOptions) {
        super(options);
        windows.push(this);
        fake().log.push('new BrowserWindow');
        // Electron announces every new WebContents on the app before anything loads in it.
        fake().app.emit('web-contents-created', fakeEvent({}), this.webContents);
      }

      static getAllWindows(): FakeBrowserWindow[] {
        return windows.filter((window) => !window.destroyed);
      }
    };
  }

  /** What `vi.mock('electron', () => fake.module)` returns; getters so reset() reaches every importer. */
  get module(): Record<string, unknown> {
    const current = (): FakeElectron => this;
    return {
      get app() {
        return current().app;
      },
      get protocol() {
        return current().protocol;
      },
      get session() {
        return { defaultSession: current().session };
      },
      get ipcMain() {
        return current().ipcMain;
      },
      get ipcRenderer() {
        return current().ipcRenderer;
      },
      get contextBridge() {
        return current().contextBridge;
      },
      get Menu() {
        return current().Menu;
      },
      get dialog() {
        return current().dialog;
      },
      get webUtils() {
        return current().webUtils;
      },
      BrowserWindow: this.BrowserWindow,
    };
  }

  /** A fresh state for the next test; the module object keeps pointing at this instance. */
  reset(): void {
    this.log.length = 0;
    this.windows.length = 0;
    this.app = new FakeApp(this.log);
    this.protocol = new FakeProtocol(this.log);
    this.session = new FakeSession(this.protocol, this.log);
    this.ipcMain = new FakeIpcMain();
    this.ipcRenderer = new FakeIpcRenderer();
    this.webUtils = new FakeWebUtils();
    this.contextBridge = new FakeContextBridge();
    this.Menu = new FakeMenuModule();
    this.dialog = new FakeDialog();
  }
}

export const createFakeElectron = (): FakeElectron => new FakeElectron();

// The only casts between the fakes and Electron's types live here: the code under test takes
// Electron's types, and the fakes implement the part of them that code uses.
export const asWebContents = (contents: FakeWebContents): WebContents => contents as unknown as WebContents;
export const asSession = (session: FakeSession): Session => session as unknown as Session;
export const asIpcMain = (ipcMain: FakeIpcMain): IpcMain => ipcMain as unknown as IpcMain;
export const asBrowserWindow = (window: FakeBrowserWindow): BrowserWindow => window as unknown as BrowserWindow;
export const asFrame = (frame: FakeFrame | null): WebFrameMain | null => frame as unknown as WebFrameMain | null;
export const asApp = (app: FakeApp): App => app as unknown as App;
